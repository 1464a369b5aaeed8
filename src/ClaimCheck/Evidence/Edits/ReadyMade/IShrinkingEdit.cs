using ClaimCheck.Targets;

namespace ClaimCheck.Evidence.Edits.ReadyMade;

/// <summary>
/// An edit that knows its smaller versions, so one shrinker (<see cref="EditShrinking.Shrink{TInput}"/>) serves every
/// generator of such edits: a failing case shrinks to the same base with a smaller edit.
/// </summary>
/// <typeparam name="TInput">The input type.</typeparam>
public interface IShrinkingEdit<TInput> : IEdit<TInput>
{
    /// <summary>Smaller versions of this edit (each with a lower <see cref="IEdit{TInput}.Size"/>), smallest first; none for an atomic edit.</summary>
    IEnumerable<IShrinkingEdit<TInput>> Shrinks();
}
