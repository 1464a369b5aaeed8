using ClaimCheck.Targets;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimCheck.Evidence.Edits.ReadyMade;

/// <summary>The explicit shrinker of cases whose edits are <see cref="IShrinkingEdit{TInput}"/>, and arbitraries that use it.</summary>
public static class EditShrinking
{
    /// <summary>The smaller cases of <paramref name="editCase"/>: the same base with each smaller version of its edit.</summary>
    public static IEnumerable<EditCase<TInput>> Shrink<TInput>(EditCase<TInput> editCase)
    {
        ArgumentNullException.ThrowIfNull(editCase);
        return editCase.Edit is IShrinkingEdit<TInput> edit
            ? edit.Shrinks().Select(smaller => editCase with { Edit = smaller })
            : [];
    }

    /// <summary>An arbitrary of <paramref name="cases"/> that shrinks each case's edit (<see cref="Shrink{TInput}"/>).</summary>
    public static Arbitrary<EditCase<TInput>> Arbitrary<TInput>(Gen<EditCase<TInput>> cases) => Arb.From(cases, Shrink);

    /// <summary>Step counts smaller than <paramref name="steps"/> with its sign, smallest first: one step, then one step less.</summary>
    internal static IEnumerable<int> SmallerSteps(int steps) =>
        new[] { Math.Sign(steps), steps - Math.Sign(steps) }.Where(s => s != 0 && Math.Abs(s) < Math.Abs(steps)).Distinct();
}
