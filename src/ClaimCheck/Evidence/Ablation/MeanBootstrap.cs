using System.Runtime.CompilerServices;
using ClaimCheck.Statistics;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>
/// Seeded percentile bootstrap intervals for a mean and for a difference of two independent means. Ablation effects
/// are often skewed or bimodal (effects that cancel), where a percentile interval follows the data better than a
/// t interval. Belongs in Statistics/ once the ablation evidence is wired; kept here while the engine stands alone.
/// Resample index k is the k-th <c>NextInt(n)</c> of <c>new SeededRandom(seed)</c>, drawn from a
/// <see cref="ResampleStream"/> (the same draws, faster).
/// </summary>
internal static class MeanBootstrap
{
    /// <summary>The percentile interval of the mean of <paramref name="values"/> over <paramref name="resamples"/> resamples.</summary>
    public static Interval Mean(double[] values, int resamples, double level, ulong seed)
    {
        var stream = new ResampleStream(seed);
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++)
        {
            means[r] = ResampledMean(values, ref stream);
        }

        return Percentiles(means, level);
    }

    /// <summary>The percentile interval of mean(<paramref name="a"/>) − mean(<paramref name="b"/>), each resampled on its own.</summary>
    public static Interval Difference(double[] a, double[] b, int resamples, double level, ulong seed)
    {
        var stream = new ResampleStream(seed);
        double[] differences = new double[resamples];
        for (int r = 0; r < resamples; r++)
        {
            differences[r] = ResampledMean(a, ref stream) - ResampledMean(b, ref stream);
        }

        return Percentiles(differences, level);
    }

    // Fully optimised from the first call: a claim calls it thousands of times early in a run, while the JIT's first tier
    // would still run it unoptimised. The stream is copied to a local for the loop, so its state stays in registers.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double ResampledMean(double[] values, ref ResampleStream stream)
    {
        ResampleStream local = stream;
        ulong bound = (ulong)values.Length;
        ulong threshold = ResampleStream.Threshold(bound);
        double sum = 0;
        for (int k = 0; k < values.Length; k++)
        {
            sum += values[local.NextInt(bound, threshold)];
        }

        stream = local;
        return sum / values.Length;
    }

    private static Interval Percentiles(double[] statistics, double level)
    {
        Array.Sort(statistics);
        double tail = (1 - level) / 2;
        return new Interval(Descriptive.QuantileOfSorted(statistics, tail), Descriptive.QuantileOfSorted(statistics, 1 - tail));
    }
}
