using ClaimCheck.Statistics;

namespace ClaimCheck.Evidence.Steering;

/// <summary>
/// A seeded percentile bootstrap of the margin mean(a) − |mean(b)| of two figures measured on the same examples, the
/// examples resampled jointly (paired), so the interval keeps their correlation. The margin is not a mean of
/// per-example values (the absolute value is taken of a mean), which is why ablation's MeanBootstrap cannot give it.
/// </summary>
internal static class PairedBootstrap
{
    /// <summary>The percentile interval of mean(<paramref name="a"/>) − |mean(<paramref name="b"/>)| over <paramref name="resamples"/> joint resamples.</summary>
    public static Interval Margin(IReadOnlyList<double> a, IReadOnlyList<double> b, int resamples, double level, SeededRandom random)
    {
        int n = a.Count;
        double[] margins = new double[resamples];
        for (int r = 0; r < resamples; r++)
        {
            double sumA = 0;
            double sumB = 0;
            for (int k = 0; k < n; k++)
            {
                int i = random.NextInt(n);
                sumA += a[i];
                sumB += b[i];
            }

            margins[r] = (sumA / n) - Math.Abs(sumB / n);
        }

        Array.Sort(margins);
        double tail = (1 - level) / 2;
        return new Interval(Descriptive.QuantileOfSorted(margins, tail), Descriptive.QuantileOfSorted(margins, 1 - tail));
    }
}
