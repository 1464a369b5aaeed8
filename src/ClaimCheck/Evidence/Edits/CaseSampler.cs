using ClaimCheck.Targets;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimCheck.Evidence.Edits;

/// <summary>
/// Draws cases deterministically: case i of a kind comes from its own FsCheck random state, seeded from (seed,
/// kind, i), at the size the settings give index i. FsCheck's runner would draw and test one case at a time; drawing
/// them up front lets the check evaluate them in batched forward passes, and the per-case seed lets any single case
/// be drawn again without the ones before it.
/// </summary>
internal static class CaseSampler
{
    /// <summary>The cases of <paramref name="kind"/>, in index order.</summary>
    public static IReadOnlyList<EditCase<TInput>> Sample<TInput>(Arbitrary<EditCase<TInput>> arbitrary, EditKind kind, EditSettings settings)
    {
        ArgumentNullException.ThrowIfNull(arbitrary);
        ArgumentNullException.ThrowIfNull(settings);
        var cases = new EditCase<TInput>[settings.Cases];
        for (int i = 0; i < cases.Length; i++)
        {
            cases[i] = Draw(arbitrary, settings.Seed, kind, i, settings.SizeOf(i));
        }

        return cases;
    }

    /// <summary>Case <paramref name="index"/> of <paramref name="kind"/>, drawn at <paramref name="size"/>.</summary>
    public static EditCase<TInput> Draw<TInput>(Arbitrary<EditCase<TInput>> arbitrary, ulong seed, EditKind kind, int index, int size)
    {
        ArgumentNullException.ThrowIfNull(arbitrary);
        var random = new Rnd(EditReplay.CaseSeedOf(seed, kind, index), EditReplay.Gamma);
        // FsCheck 3's order is (number of samples, seed, size): one sample, drawn at the size this index gets.
        return UserEditCode.Call(() => arbitrary.Generator.Sample(1, random, size)[0], $"the {kind} edit generator (case {index}, size {size})");
    }
}
