namespace ClaimCheck.Statistics;

/// <summary>Summaries of a sample of values.</summary>
internal static class Descriptive
{
    /// <summary>The arithmetic mean. NaN values make the mean NaN.</summary>
    /// <param name="values">The sample; must not be empty.</param>
    /// <returns>The mean.</returns>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty.</exception>
    public static double Mean(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            throw new ArgumentException("The mean of no values is undefined.", nameof(values));
        }

        double sum = 0;
        foreach (double v in values)
        {
            sum += v;
        }

        return sum / values.Length;
    }

    /// <summary>The sample variance, with denominator n − 1. NaN values make the variance NaN.</summary>
    /// <param name="values">The sample; needs at least two values.</param>
    /// <returns>The unbiased variance estimate.</returns>
    /// <exception cref="ArgumentException"><paramref name="values"/> has fewer than two values.</exception>
    public static double Variance(ReadOnlySpan<double> values)
    {
        if (values.Length < 2)
        {
            throw new ArgumentException($"A sample variance needs at least two values; there are {values.Length}.", nameof(values));
        }

        // Two passes (mean, then squared deviations) rather than sum of squares minus square of sum: activations often
        // sit far from zero, where the one-pass formula cancels catastrophically.
        double mean = Mean(values);
        double squares = 0;
        double deviations = 0;
        foreach (double v in values)
        {
            double d = v - mean;
            squares += d * d;
            deviations += d;
        }

        // The second term corrects the rounding left in the mean (the "corrected two-pass" algorithm, Chan, Golub and LeVeque 1983).
        return (squares - (deviations * deviations / values.Length)) / (values.Length - 1);
    }

    /// <summary>The sample standard deviation, √<see cref="Variance"/>.</summary>
    /// <param name="values">The sample; needs at least two values.</param>
    /// <returns>The standard deviation.</returns>
    /// <exception cref="ArgumentException"><paramref name="values"/> has fewer than two values.</exception>
    public static double StandardDeviation(ReadOnlySpan<double> values) => Math.Sqrt(Variance(values));

    /// <summary>
    /// The <paramref name="probability"/> quantile by linear interpolation between order statistics (R's default,
    /// <c>quantile(type = 7)</c>). Copies and sorts the values; the input is left as it was.
    /// </summary>
    /// <param name="values">The sample; must not be empty or contain NaN.</param>
    /// <param name="probability">Which quantile, in [0, 1].</param>
    /// <returns>The quantile.</returns>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty or contains NaN.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is outside [0, 1].</exception>
    public static double Quantile(ReadOnlySpan<double> values, double probability)
    {
        if (values.IsEmpty)
        {
            throw new ArgumentException("A quantile of no values is undefined.", nameof(values));
        }

        foreach (double v in values)
        {
            // An explicit test: span searches compare with ==, which never matches NaN.
            if (double.IsNaN(v))
            {
                throw new ArgumentException("A quantile of values containing NaN is undefined.", nameof(values));
            }
        }

        double[] sorted = values.ToArray();
        Array.Sort(sorted);
        return QuantileOfSorted(sorted, probability);
    }

    /// <summary>Type-7 quantile of values already sorted ascending.</summary>
    internal static double QuantileOfSorted(ReadOnlySpan<double> sorted, double probability)
    {
        if (!(probability >= 0 && probability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A quantile's probability must lie in [0, 1].");
        }

        double h = (sorted.Length - 1) * probability;
        int below = (int)Math.Floor(h);
        if (below >= sorted.Length - 1)
        {
            return sorted[^1];
        }

        return sorted[below] + ((h - below) * (sorted[below + 1] - sorted[below]));
    }
}
