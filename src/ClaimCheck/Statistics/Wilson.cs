namespace ClaimCheck.Statistics;

/// <summary>
/// The Wilson (1927) score interval for a binomial proportion: unlike the Wald interval p̂ ± z√(p̂(1−p̂)/n) it stays
/// inside [0, 1] and does not collapse to a point when no failures (or no successes) were seen, which is exactly
/// the case of a targeted-edit check that found no counterexample.
/// </summary>
public static class Wilson
{
    /// <summary>The Wilson score interval for <paramref name="successes"/> out of <paramref name="trials"/>.</summary>
    /// <param name="successes">How many trials succeeded, in [0, <paramref name="trials"/>].</param>
    /// <param name="trials">How many trials there were; 0 gives the uninformative interval [0, 1].</param>
    /// <param name="level">The two-sided confidence level, strictly between 0 and 1.</param>
    /// <returns>The interval; its lower bound is exactly 0 when there are no successes and its upper bound exactly 1 when all succeed.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A count is negative, <paramref name="successes"/> exceeds <paramref name="trials"/>, or <paramref name="level"/> is not strictly between 0 and 1.
    /// </exception>
    /// <example>
    /// <code>
    /// Interval failureRate = Wilson.ScoreInterval(successes: 0, trials: 100); // [0, 0.0370]
    /// bool passes = failureRate.Upper &lt; 0.05;
    /// </code>
    /// </example>
    public static Interval ScoreInterval(int successes, int trials, double level = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        double z = SampleChecks.CriticalValue(level, nameof(level));
        if (trials == 0)
        {
            return new Interval(0, 1);
        }

        double n = trials;
        double proportion = successes / n;
        double zz = z * z;
        double denominator = 1 + (zz / n);
        double centre = (proportion + (zz / (2 * n))) / denominator;
        double half = z * Math.Sqrt((proportion * (1 - proportion) / n) + (zz / (4 * n * n))) / denominator;

        // At 0 or n successes the bound is exactly 0 or 1 in exact arithmetic; pin it so rounding cannot leave a
        // bound of 1e-17 that a "lower bound is zero" check would trip over.
        double lower = successes == 0 ? 0 : Math.Max(0, centre - half);
        double upper = successes == trials ? 1 : Math.Min(1, centre + half);
        return new Interval(lower, upper);
    }
}
