namespace ClaimCheck.Statistics;

/// <summary>
/// Spearman's rank correlation of a curve's values with their order: the monotonicity figure of a dose-response
/// curve measured at ascending strengths. Ties share their mean rank.
/// </summary>
internal static class RankCorrelation
{
    /// <summary>Spearman's ρ of (0, 1, …, n − 1) and <paramref name="values"/>; 0 when fewer than two values or all are equal.</summary>
    public static double WithOrder(IReadOnlyList<double> values)
    {
        int n = values.Count;
        double[] ranks = MeanRanks(values);
        double orderMean = (n - 1) / 2.0;
        double rankMean = ranks.Average();
        double covariance = 0;
        double orderSquares = 0;
        double rankSquares = 0;
        for (int i = 0; i < n; i++)
        {
            covariance += (i - orderMean) * (ranks[i] - rankMean);
            orderSquares += (i - orderMean) * (i - orderMean);
            rankSquares += (ranks[i] - rankMean) * (ranks[i] - rankMean);
        }

        return orderSquares == 0 || rankSquares == 0 ? 0 : covariance / Math.Sqrt(orderSquares * rankSquares);
    }

    private static double[] MeanRanks(IReadOnlyList<double> values)
    {
        int[] order = [.. Enumerable.Range(0, values.Count).OrderBy(i => values[i])];
        double[] ranks = new double[values.Count];
        for (int start = 0; start < order.Length;)
        {
            int end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            for (int k = start; k <= end; k++)
            {
                ranks[order[k]] = (start + end) / 2.0;
            }

            start = end + 1;
        }

        return ranks;
    }
}
