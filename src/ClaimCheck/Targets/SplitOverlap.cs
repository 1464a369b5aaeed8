using System.Globalization;

namespace ClaimCheck.Targets;

/// <summary>
/// The examples two splits share by content, described so a person sees at once what leaked: how many examples, how
/// many distinct rows they are copies of, and the first shared row in brief (512 shared examples that are all one
/// all-zero row are a data bug, not a leak of 512 inputs).
/// </summary>
internal sealed class SplitOverlap
{
    private const int ValuesShown = 6;

    private SplitOverlap(int shared, int distinct, int firstIndex, int firstOtherIndex, float[] firstRow)
    {
        Shared = shared;
        Distinct = distinct;
        FirstIndex = firstIndex;
        FirstOtherIndex = firstOtherIndex;
        FirstRow = firstRow;
    }

    /// <summary>Examples of the first split whose content is also in the other.</summary>
    public int Shared { get; }

    /// <summary>Distinct rows among the shared examples.</summary>
    public int Distinct { get; }

    /// <summary>The first shared example's index in the first split.</summary>
    public int FirstIndex { get; }

    /// <summary>Its index in the other split.</summary>
    public int FirstOtherIndex { get; }

    /// <summary>The first shared row's values.</summary>
    public IReadOnlyList<float> FirstRow { get; }

    /// <summary>What <paramref name="split"/> shares with <paramref name="other"/>, or null when nothing.</summary>
    public static SplitOverlap? Between(DataSplit split, DataSplit other)
    {
        var otherIndex = new Dictionary<ulong, int>();
        for (int i = 0; i < other.Count; i++)
        {
            otherIndex.TryAdd(other.ExampleHashes[i], i);
        }

        int shared = 0;
        int first = -1;
        var distinct = new HashSet<ulong>();
        for (int i = 0; i < split.Count; i++)
        {
            ulong hash = split.ExampleHashes[i];
            if (otherIndex.ContainsKey(hash))
            {
                shared++;
                distinct.Add(hash);
                first = first < 0 ? i : first;
            }
        }

        return shared == 0 ? null : new SplitOverlap(shared, distinct.Count, first, otherIndex[split.ExampleHashes[first]], split.Example(first).ToArray());
    }

    /// <summary>
    /// "copies of 1 distinct row; the first is example 3 of 'held-out' and example 17 of 'discovery': all 784 values 0":
    /// the distinct rows behind the shared examples and the first one in brief.
    /// </summary>
    public string Describe(string here, string there) => string.Create(CultureInfo.InvariantCulture,
        $"{(Distinct == Shared ? "" : "copies of ")}{Distinct} distinct {(Distinct == 1 ? "row" : "rows")}; "
        + $"the first is example {FirstIndex} of {here} and example {FirstOtherIndex} of {there}: {Brief(FirstRow)}");

    /// <summary>A row in brief: "all 784 values 0", or its first values and its length.</summary>
    public static string Brief(IReadOnlyList<float> row)
    {
        if (row.Count > 0 && row.All(v => v.Equals(row[0])))
        {
            return string.Create(CultureInfo.InvariantCulture, $"all {row.Count} values {row[0]:G4}");
        }

        string shown = string.Join(", ", row.Take(ValuesShown).Select(v => v.ToString("G4", CultureInfo.InvariantCulture)));
        return row.Count <= ValuesShown ? $"[{shown}]" : $"[{shown}, … ({row.Count} values)]";
    }
}
