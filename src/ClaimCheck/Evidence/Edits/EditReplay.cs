using System.Globalization;

namespace ClaimCheck.Evidence.Edits;

/// <summary>
/// Everything that reproduces one counterexample exactly: the case is drawn again from its own FsCheck random
/// state (seed, kind, case index and size name it), then the recorded shrink path is followed, each step an index
/// into the arbitrary's shrinker's candidates.
/// </summary>
/// <param name="Seed">The check's seed (<see cref="EditSettings.Seed"/>).</param>
/// <param name="Kind">The edit kind.</param>
/// <param name="CaseIndex">The index of the first failing case among the kind's cases.</param>
/// <param name="Size">The FsCheck size the case was drawn at.</param>
/// <param name="ShrinkPath">The shrink steps taken: the index of the accepted candidate at each step.</param>
public sealed record EditReplay(ulong Seed, EditKind Kind, int CaseIndex, int Size, IReadOnlyList<int> ShrinkPath)
{
    /// <summary>
    /// The gamma of every case's FsCheck random state (SplitMix's odd "golden" increment): with <see cref="CaseSeed"/>
    /// it is FsCheck's replay data for the case, <c>Replay(new Rnd(CaseSeed, Gamma), Size)</c>.
    /// </summary>
    public const ulong Gamma = 0x9E3779B97F4A7C15UL;

    /// <summary>The FsCheck random seed of the case, derived from seed, kind and index so cases are independent.</summary>
    public ulong CaseSeed => CaseSeedOf(Seed, Kind, CaseIndex);

    /// <summary>The case seed of case <paramref name="index"/> of <paramref name="kind"/> under <paramref name="seed"/>.</summary>
    public static ulong CaseSeedOf(ulong seed, EditKind kind, int index) =>
        Statistics.SeededRandom.Derive(seed, string.Create(CultureInfo.InvariantCulture, $"edits/{kind}/{index}"));

    /// <summary>Value equality over the path's elements, not the list reference.</summary>
    public bool Equals(EditReplay? other) =>
        other is not null && Seed == other.Seed && Kind == other.Kind && CaseIndex == other.CaseIndex && Size == other.Size
        && ShrinkPath.SequenceEqual(other.ShrinkPath);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Seed, Kind, CaseIndex, Size, ShrinkPath.Count);

    /// <summary>One line for messages, e.g. <c>seed 1, Nuisance case 17 at size 25, shrink path [0, 3, 1]</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"seed {Seed}, {Kind} case {CaseIndex} at size {Size}, shrink path [{string.Join(", ", ShrinkPath)}]");
}
