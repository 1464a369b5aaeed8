using ClaimCheck.Statistics;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>
/// Seeded percentile bootstrap intervals for a mean and for a difference of two independent means. Ablation effects
/// are often skewed or bimodal (effects that cancel), where a percentile interval follows the data better than a
/// t interval. Belongs in Statistics/ once the ablation evidence is wired; kept here while the engine stands alone.
/// </summary>
internal static class MeanBootstrap
{
    /// <summary>The percentile interval of the mean of <paramref name="values"/> over <paramref name="resamples"/> resamples.</summary>
    public static Interval Mean(double[] values, int resamples, double level, SeededRandom random)
    {
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++)
        {
            means[r] = ResampledMean(values, random);
        }

        return Percentiles(means, level);
    }

    /// <summary>The percentile interval of mean(<paramref name="a"/>) − mean(<paramref name="b"/>), each resampled on its own.</summary>
    public static Interval Difference(double[] a, double[] b, int resamples, double level, SeededRandom random)
    {
        double[] differences = new double[resamples];
        for (int r = 0; r < resamples; r++)
        {
            differences[r] = ResampledMean(a, random) - ResampledMean(b, random);
        }

        return Percentiles(differences, level);
    }

    private static double ResampledMean(double[] values, SeededRandom random)
    {
        double sum = 0;
        for (int k = 0; k < values.Length; k++)
        {
            sum += values[random.NextInt(values.Length)];
        }

        return sum / values.Length;
    }

    private static Interval Percentiles(double[] statistics, double level)
    {
        Array.Sort(statistics);
        double tail = (1 - level) / 2;
        return new Interval(Descriptive.QuantileOfSorted(statistics, tail), Descriptive.QuantileOfSorted(statistics, 1 - tail));
    }
}
