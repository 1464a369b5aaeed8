using ClaimCheck.Statistics;
using ClaimCheck.Targets;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>
/// A seeded subsample of the split an ablation is measured on, for models whose every null draw reruns the whole model
/// (a transformer's MLP is not a chain of layers the suffix runner can split): at most <see cref="AblationEngineSettings.MaxExamples"/>
/// examples, half with the concept and half without where the split has enough of each (the rest from the other class),
/// so the specificity contrast keeps both sides. Every label column and document comes along.
/// </summary>
internal static class AblationSample
{
    /// <summary>
    /// For a patching ablation: <paramref name="split"/> without the positives whose counterpart is the example itself
    /// (the concept could not be edited out of them, so patching them measures nothing by construction), and how many
    /// were left out; the split itself when none is.
    /// </summary>
    public static (DataSplit Split, int Unpatched) Patchable(DataSplit split, bool[] labels, DataSplit counterparts)
    {
        int[] unchanged = [.. Enumerable.Range(0, split.Count).Where(i => labels[i] && split.Example(i).SequenceEqual(counterparts.Example(i)))];
        if (unchanged.Length == 0)
        {
            return (split, 0);
        }

        var left = new HashSet<int>(unchanged);
        return (Keep(split, [.. Enumerable.Range(0, split.Count).Where(i => !left.Contains(i))]), unchanged.Length);
    }

    /// <summary>
    /// <paramref name="split"/> itself when it holds at most <paramref name="maxExamples"/> examples (or no maximum is
    /// set); else the subsample, in split order, named after the split with the count it kept.
    /// </summary>
    public static DataSplit Take(DataSplit split, bool[] labels, int? maxExamples, ulong seed)
    {
        if (maxExamples is not { } most || split.Count <= most)
        {
            return split;
        }

        var random = new SeededRandom(seed);
        int[] positives = Shuffled(Enumerable.Range(0, split.Count).Where(i => labels[i]).ToArray(), random);
        int[] negatives = Shuffled(Enumerable.Range(0, split.Count).Where(i => !labels[i]).ToArray(), random);
        int fromPositives = Math.Min(positives.Length, Math.Max(most / 2, most - negatives.Length));
        int fromNegatives = Math.Min(negatives.Length, most - fromPositives);
        int[] kept = [.. positives.Take(fromPositives).Concat(negatives.Take(fromNegatives)).Order()];
        return Keep(split, kept);
    }

    /// <summary>The examples <paramref name="kept"/> of <paramref name="split"/>, in that order, with every label column and document.</summary>
    public static DataSplit Keep(DataSplit split, int[] kept)
    {
        float[] values = [.. kept.SelectMany(i => split.Example(i).ToArray())];
        var columns = split.Labels.ToDictionary(c => c.Key, c => kept.Select(i => c.Value[i]).ToArray(), StringComparer.Ordinal);
        return new DataSplit(split.Name, split.Role, values, [.. split.ExampleShape], columns)
        {
            Documents = split.Documents is { } documents ? [.. kept.Select(i => documents[i])] : null,
        };
    }

    // Fisher–Yates from the claim's own stream, so the same seed keeps the same examples on any machine.
    private static int[] Shuffled(int[] items, SeededRandom random)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = random.NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }

        return items;
    }
}
