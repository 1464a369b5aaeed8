namespace ClaimCheck.Statistics;

/// <summary>
/// The variance of an AUROC estimate from DeLong, DeLong and Clarke-Pearson (1988, Biometrics 44:837): the
/// variance of each positive's and each negative's "structural component" (its own share of wins), computed
/// from tie groups in O(n log n) rather than over all pairs.
/// </summary>
public static class DeLong
{
    /// <summary>
    /// The AUROC and its DeLong variance S10/m + S01/n, where S10 is the sample variance (denominator m − 1) of
    /// V10(Xi) = mean over negatives of ψ(Xi, Yj) over the m positives, S01 likewise over the n negatives, and
    /// ψ is 1 for a win, ½ for a tie, 0 for a loss.
    /// </summary>
    /// <param name="scores">One score per example; NaN is rejected.</param>
    /// <param name="labels">One label per example; <see langword="true"/> marks a positive.</param>
    /// <returns>The AUROC (as <see cref="Auroc.Compute"/>) and the variance of that estimate.</returns>
    /// <exception cref="ArgumentException">
    /// The spans differ in length, a score is NaN, or there are fewer than two positives or two negatives
    /// (a class of one has no sample variance, and treating it as zero would overstate precision).
    /// </exception>
    /// <remarks>
    /// With perfect separation every component equals 1 and the variance is 0: DeLong has no information about how
    /// far from perfect the true AUROC might be. Prefer <see cref="StratifiedBootstrap"/> or a count-based check when
    /// an interval at the edge of [0, 1] matters.
    /// </remarks>
    public static (double Auroc, double Variance) Estimate(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels)
    {
        (int m, int n) = SampleChecks.CountClasses(scores, labels, nameof(scores), nameof(labels));
        if (m < 2 || n < 2)
        {
            throw new ArgumentException(
                $"DeLong's variance needs at least two positives and two negatives; there are {m} and {n}.",
                nameof(labels));
        }

        int[] positives = new int[scores.Length];
        int[] negatives = new int[scores.Length];
        int groups = TieGroups.Build(scores, labels, positives, negatives, []);
        double auroc = TieGroups.Auroc(positives.AsSpan(0, groups), negatives.AsSpan(0, groups), m, n);

        // Every example in a tie group has the same structural component, so the sums run over groups, weighted by count.
        double positiveSquares = 0;
        double negativeSquares = 0;
        long negativesBelow = 0;
        long positivesBelow = 0;
        for (int g = 0; g < groups; g++)
        {
            long positivesAbove = m - positivesBelow - positives[g];
            double v10 = (negativesBelow + (0.5 * negatives[g])) / n;
            double v01 = (positivesAbove + (0.5 * positives[g])) / m;
            positiveSquares += positives[g] * (v10 - auroc) * (v10 - auroc);
            negativeSquares += negatives[g] * (v01 - auroc) * (v01 - auroc);
            negativesBelow += negatives[g];
            positivesBelow += positives[g];
        }

        double s10 = positiveSquares / (m - 1);
        double s01 = negativeSquares / (n - 1);
        return (auroc, (s10 / m) + (s01 / n));
    }

    /// <summary>
    /// The normal-theory interval AUROC ± z·√variance, clamped to [0, 1]. Where DeLong's variance is degenerate (0:
    /// perfect separation, or all scores tied) it says nothing about precision, so the interval falls back to a Wilson
    /// score interval with n = min(positives, negatives): min(m, n) is the effective sample size of the distribution-free
    /// maximum variance θ(1 − θ)/min(m, n) (Birnbaum and Klose 1957), and Wilson's interval, unlike θ ± z·σ, stays
    /// honest at θ = 1. With 200 positives a perfect AUROC then reads [0.98, 1.00], not [1.00, 1.00]. Either way the
    /// interval holds its own estimate.
    /// </summary>
    /// <param name="scores">One score per example; NaN is rejected.</param>
    /// <param name="labels">One label per example; <see langword="true"/> marks a positive.</param>
    /// <param name="level">The two-sided confidence level, strictly between 0 and 1.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException">As <see cref="Estimate"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1.</exception>
    /// <example>
    /// <code>
    /// Interval ci = DeLong.AurocInterval(activations, isStriped); // 95%
    /// bool beatsChance = ci.Lower > 0.5;
    /// </code>
    /// </example>
    public static Interval AurocInterval(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, double level = 0.95)
    {
        (double Auroc, double Variance) estimate = Estimate(scores, labels);
        int positives = 0;
        foreach (bool label in labels)
        {
            positives += label ? 1 : 0;
        }

        return Interval(estimate, positives, labels.Length - positives, level);
    }

    /// <summary>
    /// The interval of <see cref="AurocInterval"/> from an estimate already made (so a caller that needs both the
    /// variance and the interval sorts the scores once).
    /// </summary>
    /// <param name="estimate">The AUROC and its DeLong variance, from <see cref="Estimate"/>.</param>
    /// <param name="positives">Number of positives the estimate came from.</param>
    /// <param name="negatives">Number of negatives the estimate came from.</param>
    /// <param name="level">The two-sided confidence level, strictly between 0 and 1.</param>
    /// <returns>The interval.</returns>
    public static Interval Interval((double Auroc, double Variance) estimate, int positives, int negatives, double level = 0.95)
    {
        double z = SampleChecks.CriticalValue(level, nameof(level));
        (double auroc, double variance) = estimate;
        if (variance == 0)
        {
            return AroundEstimate(auroc, WilsonForProportion(auroc, Math.Min(positives, negatives), z));
        }

        double half = z * Math.Sqrt(variance);
        return AroundEstimate(auroc, new Interval(auroc - half, auroc + half));
    }

    // Rounding can leave a bound one step on the wrong side of the estimate (Wilson's upper bound at a perfect AUROC
    // with 10 positives is 1 − 1.1e-16 in doubles): an interval must hold its own estimate, and lie in [0, 1].
    private static Interval AroundEstimate(double estimate, Interval interval) =>
        new(Math.Clamp(Math.Min(interval.Lower, estimate), 0, 1), Math.Clamp(Math.Max(interval.Upper, estimate), 0, 1));

    private static Interval WilsonForProportion(double p, int n, double z)
    {
        double z2 = z * z;
        double centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        double half = z / (1 + (z2 / n)) * Math.Sqrt((p * (1 - p) / n) + (z2 / (4.0 * n * n)));
        return new Interval(centre - half, centre + half);
    }

    /// <summary>
    /// The interval for first.Auroc − second.Auroc when the two estimates come from independent samples (for example the
    /// discovery and the held-out split): difference ± z·√(variance₁ + variance₂), clamped to [−1, 1].
    /// </summary>
    /// <param name="first">The first estimate, as returned by <see cref="Estimate"/>.</param>
    /// <param name="second">The second estimate, as returned by <see cref="Estimate"/>.</param>
    /// <param name="level">The two-sided confidence level, strictly between 0 and 1.</param>
    /// <returns>The interval for the difference.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="level"/> is not strictly between 0 and 1, or a variance is negative or NaN.
    /// </exception>
    /// <remarks>Do not use this for two scores on the same examples: their AUROCs are correlated and the variances do not add.</remarks>
    public static Interval DifferenceOfIndependent(
        (double Auroc, double Variance) first,
        (double Auroc, double Variance) second,
        double level = 0.95)
    {
        double z = SampleChecks.CriticalValue(level, nameof(level));
        CheckVariance(first.Variance, nameof(first));
        CheckVariance(second.Variance, nameof(second));
        double difference = first.Auroc - second.Auroc;
        double half = z * Math.Sqrt(first.Variance + second.Variance);
        return new Interval(Math.Max(-1, difference - half), Math.Min(1, difference + half));
    }

    private static void CheckVariance(double variance, string name)
    {
        if (!(variance >= 0))
        {
            throw new ArgumentOutOfRangeException(name, variance, "A variance must be a non-negative number.");
        }
    }
}
