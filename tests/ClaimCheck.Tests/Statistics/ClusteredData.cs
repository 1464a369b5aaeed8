using ClaimCheck.Statistics;

namespace ClaimCheck.Tests.Statistics;

/// <summary>
/// Small clustered samples for the clustered statistics' tests: documents of random length whose examples share a
/// document offset, so examples of one cluster are dependent.
/// </summary>
internal static class ClusteredData
{
    /// <summary>
    /// <paramref name="documents"/> clusters of 1 to <paramref name="maxLength"/> examples; each example is positive with
    /// probability 0.3 and scores its cluster's offset plus noise plus <paramref name="separation"/> if positive, rounded
    /// to <paramref name="decimals"/> places so that ties occur. Cluster ids are scattered integers, not 0 … K − 1.
    /// </summary>
    public static (double[] Scores, bool[] Labels, int[] Clusters) Sample(
        int documents, int maxLength, double separation, int decimals, SeededRandom random)
    {
        var scores = new List<double>();
        var labels = new List<bool>();
        var clusters = new List<int>();
        for (int d = 0; d < documents; d++)
        {
            int id = (d * 7919) - 50_000;
            double offset = random.NextGaussian();
            int length = random.NextInt(1, maxLength + 1);
            for (int t = 0; t < length; t++)
            {
                bool positive = random.NextBool(0.3);
                labels.Add(positive);
                scores.Add(Math.Round(offset + random.NextGaussian() + (positive ? separation : 0), decimals));
                clusters.Add(id);
            }
        }

        // Interleave the documents so that no method can rely on a cluster's examples being adjacent.
        int[] order = Enumerable.Range(0, scores.Count).ToArray();
        random.Shuffle(order.AsSpan());
        return (order.Select(i => scores[i]).ToArray(), order.Select(i => labels[i]).ToArray(), order.Select(i => clusters[i]).ToArray());
    }
}
