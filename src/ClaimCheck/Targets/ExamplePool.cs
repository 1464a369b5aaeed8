using ClaimCheck.Diagnostics;
using ClaimCheck.Statistics;

namespace ClaimCheck.Targets;

/// <summary>
/// One labelled set of examples to cut into splits: by ratio (<see cref="SplitByRatio"/>) or by group
/// (<see cref="SplitByGroup"/>: a document or source ID per example, so no group lands in two splits). Cuts are seeded,
/// so the same seed gives the same splits, and checked: no example's content lands in two splits (CLM5007).
/// </summary>
/// <example>
/// <code>
/// var pool = new ExamplePool(values, exampleShape: [16], labels: new Dictionary&lt;string, bool[]&gt; { ["a"] = a });
/// IReadOnlyList&lt;DataSplit&gt; splits = pool.SplitByRatio(seed: 1, SplitShare.Discovery(0.3), SplitShare.HeldOut(0.7));
/// </code>
/// </example>
public sealed class ExamplePool
{
    // The pool as one split, for its checks and content hashes; _values are its values, which Take copies from.
    private readonly DataSplit _all;
    private readonly float[] _values;

    /// <summary>Creates a pool; like <see cref="DataSplit"/>, values are row-major, <paramref name="exampleShape"/> per example.</summary>
    /// <param name="values">All inputs, one example after another.</param>
    /// <param name="exampleShape">The shape of one example, e.g. [16] or [1, 28, 28].</param>
    /// <param name="labels">Label columns by concept name, one value per example; every split gets its part of each.</param>
    public ExamplePool(float[] values, long[] exampleShape, IReadOnlyDictionary<string, bool[]>? labels = null)
    {
        _all = new DataSplit("pool", SplitRole.HeldOut, values, exampleShape, labels);
        _values = values;
    }

    /// <summary>Number of examples.</summary>
    public int Count => _all.Count;

    /// <summary>The shape of one example.</summary>
    public IReadOnlyList<long> ExampleShape => _all.ExampleShape;

    /// <summary>The label columns, by concept name.</summary>
    public IReadOnlyDictionary<string, bool[]> Labels => _all.Labels;

    /// <summary>
    /// Cuts the pool by ratio: a seeded shuffle, then each share takes its fraction of the examples in order. Copies
    /// (examples with identical values) are kept together, so a duplicated row never lands in two splits; each split
    /// keeps the pool's order. Shares adding up to less than 1 leave the rest out.
    /// </summary>
    /// <exception cref="ClaimCheckException">CLM5009 for shares that are not usable or a split that would be empty.</exception>
    public IReadOnlyList<DataSplit> SplitByRatio(ulong seed, params IEnumerable<SplitShare> shares)
    {
        SplitShare[] checkedShares = SplitShare.Require(shares);
        return Cut(AssignByRatio(seed, checkedShares), checkedShares);
    }

    /// <summary>
    /// Cuts the pool by group: every example of a group (a document, a source file, a person) lands in the same split.
    /// A seeded shuffle of the groups, then each share takes groups until it holds its fraction of the examples.
    /// </summary>
    /// <param name="groups">The group of each example.</param>
    /// <param name="seed">The shuffle's seed.</param>
    /// <param name="shares">The splits to cut.</param>
    /// <exception cref="ClaimCheckException">
    /// CLM5012 when there is not one group per example; CLM5009 for shares that are not usable or a split that would be
    /// empty; CLM5007 when two groups hold identical examples that landed in two splits (naming the groups and the row).
    /// </exception>
    public IReadOnlyList<DataSplit> SplitByGroup(IReadOnlyList<string> groups, ulong seed, params IEnumerable<SplitShare> shares)
    {
        SplitShare[] checkedShares = SplitShare.Require(shares);
        int[] assignment = AssignByGroup(groups, seed, checkedShares);
        IReadOnlyList<DataSplit> splits = Cut(assignment, checkedShares);
        RequireDisjoint(splits, assignment, groups);
        return splits;
    }

    /// <summary>Which share each example goes to under <see cref="SplitByRatio"/> (its index in <paramref name="shares"/>, or -1 when left out).</summary>
    public int[] AssignByRatio(ulong seed, params IEnumerable<SplitShare> shares)
    {
        SplitShare[] checkedShares = SplitShare.Require(shares);
        // A unit of assignment is a distinct row with all its copies, in order of first appearance.
        var unitOf = new Dictionary<ulong, int>();
        int[] units = new int[Count];
        for (int i = 0; i < Count; i++)
        {
            units[i] = unitOf.TryGetValue(_all.ExampleHashes[i], out int unit) ? unit : unitOf[_all.ExampleHashes[i]] = unitOf.Count;
        }

        return Assign(units, unitOf.Count, seed, checkedShares);
    }

    /// <summary>Which share each example goes to under <see cref="SplitByGroup"/> (its index in <paramref name="shares"/>, or -1 when left out).</summary>
    public int[] AssignByGroup(IReadOnlyList<string> groups, ulong seed, params IEnumerable<SplitShare> shares)
    {
        ArgumentNullException.ThrowIfNull(groups);
        SplitShare[] checkedShares = SplitShare.Require(shares);
        if (groups.Count != Count)
        {
            throw new ClaimCheckException(DiagnosticIds.ModelRejectedInput, $"the pool has {Count} examples but {groups.Count} group names; give every example its group");
        }

        var unitOf = new Dictionary<string, int>(StringComparer.Ordinal);
        int[] units = new int[Count];
        for (int i = 0; i < Count; i++)
        {
            string group = groups[i] ?? throw new ClaimCheckException(DiagnosticIds.ModelRejectedInput, $"example {i} of the pool has no group name");
            units[i] = unitOf.TryGetValue(group, out int unit) ? unit : unitOf[group] = unitOf.Count;
        }

        return Assign(units, unitOf.Count, seed, checkedShares);
    }

    /// <summary>The examples at <paramref name="indices"/> (in that order) as a split, with their labels.</summary>
    public DataSplit Take(string name, SplitRole role, IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        int width = _all.ValuesPerExample;
        var values = new float[indices.Count * width];
        for (int i = 0; i < indices.Count; i++)
        {
            _values.AsSpan(indices[i] * width, width).CopyTo(values.AsSpan(i * width));
        }

        var labels = Labels.ToDictionary(l => l.Key, l => indices.Select(i => l.Value[i]).ToArray(), StringComparer.Ordinal);
        return new DataSplit(name, role, values, [.. ExampleShape], labels);
    }

    // Units (rows with their copies, or groups) in a seeded order; a unit goes to the share whose cumulative quota its
    // first example falls in, so single-example units give exact counts and groups come as close as whole groups can.
    private int[] Assign(int[] unitOfExample, int unitCount, ulong seed, SplitShare[] shares)
    {
        int[] size = new int[unitCount];
        foreach (int unit in unitOfExample)
        {
            size[unit]++;
        }

        int[] order = [.. Enumerable.Range(0, unitCount)];
        new SeededRandom(seed).Shuffle(order.AsSpan());
        long[] bounds = new long[shares.Length];
        double cumulative = 0;
        for (int k = 0; k < shares.Length; k++)
        {
            cumulative += shares[k].Fraction;
            bounds[k] = (long)Math.Round(Math.Min(1, cumulative) * Count, MidpointRounding.AwayFromZero);
        }

        int[] shareOfUnit = new int[unitCount];
        long taken = 0;
        foreach (int unit in order)
        {
            int share = Array.FindIndex(bounds, b => taken < b);
            shareOfUnit[unit] = share;
            taken += size[unit];
        }

        int[] assignment = [.. unitOfExample.Select(u => shareOfUnit[u])];
        for (int k = 0; k < shares.Length; k++)
        {
            if (!assignment.Contains(k))
            {
                throw new ClaimCheckException(DiagnosticIds.MissingSplit,
                    $"split '{shares[k].Name}' would be empty: {Count} examples in {unitCount} units of assignment (distinct rows or groups) are too few for a share of {shares[k].Fraction}");
            }
        }

        return assignment;
    }

    private IReadOnlyList<DataSplit> Cut(int[] assignment, SplitShare[] shares) =>
        [.. shares.Select((share, k) => Take(share.Name, share.Role, [.. Enumerable.Range(0, Count).Where(i => assignment[i] == k)]))];

    // Groups keep a group's examples together, not copies of one row held by two groups: those would be one input
    // in two splits, which every later check refuses, so say now which groups and which row.
    private static void RequireDisjoint(IReadOnlyList<DataSplit> splits, int[] assignment, IReadOnlyList<string> groups)
    {
        for (int a = 0; a < splits.Count; a++)
        {
            for (int b = a + 1; b < splits.Count; b++)
            {
                if (SplitOverlap.Between(splits[b], splits[a]) is not { } overlap)
                {
                    continue;
                }

                string groupB = groups[PoolIndex(assignment, b, overlap.FirstIndex)];
                string groupA = groups[PoolIndex(assignment, a, overlap.FirstOtherIndex)];
                throw new ClaimCheckException(DiagnosticIds.OverlappingSplits,
                    $"split by group, {overlap.Shared} of the {splits[b].Count} examples of split '{splits[b].Name}' also appear in split '{splits[a].Name}' "
                    + $"({overlap.Describe($"'{splits[b].Name}' (group '{groupB}')", $"'{splits[a].Name}' (group '{groupA}')")}); "
                    + "remove the duplicates, or give copies of one input the same group");
            }
        }
    }

    private static int PoolIndex(int[] assignment, int share, int indexInSplit) =>
        Enumerable.Range(0, assignment.Length).Where(i => assignment[i] == share).ElementAt(indexInSplit);
}
