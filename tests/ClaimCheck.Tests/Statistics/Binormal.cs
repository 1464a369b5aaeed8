using ClaimCheck.Statistics;

namespace ClaimCheck.Tests.Statistics;

/// <summary>
/// Simulated scores with a known AUROC: positives ~ N(separation, 1), negatives ~ N(0, 1), so the true AUROC is
/// P(X − Y &gt; 0) with X − Y ~ N(separation, 2), that is Φ(separation / √2).
/// </summary>
internal static class Binormal
{
    public static double TrueAuroc(double separation) => Normal.Cdf(separation / Math.Sqrt(2));

    public static (double[] Scores, bool[] Labels) Sample(int positives, int negatives, double separation, SeededRandom random)
    {
        var scores = new double[positives + negatives];
        var labels = new bool[positives + negatives];
        for (int i = 0; i < scores.Length; i++)
        {
            labels[i] = i < positives;
            scores[i] = random.NextGaussian() + (labels[i] ? separation : 0);
        }

        // Interleave the classes so no test can pass by accident of positives coming first.
        int[] order = Enumerable.Range(0, scores.Length).ToArray();
        random.Shuffle(order.AsSpan());
        return (order.Select(i => scores[i]).ToArray(), order.Select(i => labels[i]).ToArray());
    }
}
