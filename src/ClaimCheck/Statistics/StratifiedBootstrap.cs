namespace ClaimCheck.Statistics;

/// <summary>
/// A seeded percentile bootstrap for AUROC that resamples positives and negatives separately, so every resample keeps
/// the original class counts (an unstratified resample could even lack a class).
/// </summary>
internal static class StratifiedBootstrap
{
    /// <summary>
    /// The percentile interval of AUROC over <paramref name="resamples"/> stratified resamples, with quantiles by linear
    /// interpolation (R's default, type 7).
    /// </summary>
    /// <param name="scores">One score per example; NaN is rejected.</param>
    /// <param name="labels">One label per example; <see langword="true"/> marks a positive.</param>
    /// <param name="resamples">How many resamples to draw (at least 1; 1000–2000 is usual for a 95% interval).</param>
    /// <param name="seed">
    /// The seed of the <see cref="SeededRandom"/> that draws the resamples; each resample draws its positives, then its
    /// negatives, so a seed reproduces the interval exactly.
    /// </param>
    /// <param name="level">The two-sided confidence level, strictly between 0 and 1.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException">The spans differ in length, a score is NaN, or a class is missing.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="resamples"/> is not positive, or <paramref name="level"/> is not strictly between 0 and 1.
    /// </exception>
    /// <example>
    /// <code>
    /// ulong seed = SeededRandom.Derive(claimSeed, "held-out AUROC bootstrap");
    /// Interval ci = StratifiedBootstrap.AurocInterval(activations, isStriped, resamples: 2000, seed);
    /// </code>
    /// </example>
    public static Interval AurocInterval(
        ReadOnlySpan<double> scores,
        ReadOnlySpan<bool> labels,
        int resamples,
        ulong seed,
        double level = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resamples);
        SampleChecks.CheckLevel(level, nameof(level));
        (int m, int n) = SampleChecks.CountClasses(scores, labels, nameof(scores), nameof(labels));

        // AUROC depends on a resample only through how many positives and negatives land in each tie group of the
        // original sample, so sort once and make each resample an O(n) recount instead of a new sort.
        int[] groupOf = new int[scores.Length];
        int[] positives = new int[scores.Length];
        int[] negatives = new int[scores.Length];
        int groups = TieGroups.Build(scores, labels, positives, negatives, groupOf);

        int[] positiveGroups = new int[m];
        int[] negativeGroups = new int[n];
        int p = 0, q = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i])
            {
                positiveGroups[p++] = groupOf[i];
            }
            else
            {
                negativeGroups[q++] = groupOf[i];
            }
        }

        Span<int> resampledPositives = positives.AsSpan(0, groups);
        Span<int> resampledNegatives = negatives.AsSpan(0, groups);
        var random = new SeededRandom(seed);
        double[] aurocs = new double[resamples];
        for (int r = 0; r < resamples; r++)
        {
            resampledPositives.Clear();
            resampledNegatives.Clear();
            for (int k = 0; k < m; k++)
            {
                resampledPositives[positiveGroups[random.NextInt(m)]]++;
            }

            for (int k = 0; k < n; k++)
            {
                resampledNegatives[negativeGroups[random.NextInt(n)]]++;
            }

            aurocs[r] = TieGroups.Auroc(resampledPositives, resampledNegatives, m, n);
        }

        Array.Sort(aurocs);
        double tail = (1 - level) / 2;
        return new Interval(
            Descriptive.QuantileOfSorted(aurocs, tail),
            Descriptive.QuantileOfSorted(aurocs, 1 - tail));
    }
}
