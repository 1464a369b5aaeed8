namespace ClaimCheck.Statistics;

/// <summary>
/// The AUROC of scores against labels when examples come in clusters (the tokens of one document, the crops of one
/// image) and are dependent within a cluster: the variance of Obuchowski (1997, Biometrics 53:567, "Nonparametric
/// analysis of clustered ROC curve data"), which sums DeLong's placement values over each cluster and takes the variance
/// from how those sums vary between clusters, so the clusters, not the examples, are the independent units.
/// </summary>
/// <remarks>
/// With one example per cluster the variance is DeLong's (<see cref="DeLong.Estimate"/>) exactly in algebra: a cluster
/// then holds a positive or a negative, never both, so the covariance term vanishes, and the remaining two terms are
/// DeLong's sample variances. In doubles the two differ only by rounding (a few units in the last place), because the
/// sums are formed in another order.
/// </remarks>
internal static class ClusteredDeLong
{
    /// <summary>
    /// The AUROC and its cluster-robust variance. With placement values V10(x) = mean over all negatives of ψ(x, y) and
    /// V01(y) = mean over all positives of ψ(x, y) (ψ: 1 win, ½ tie, 0 loss), cluster i's sums V10ᵢ and V01ᵢ over its own
    /// mᵢ positives and nᵢ negatives, aᵢ = V10ᵢ − mᵢθ and bᵢ = V01ᵢ − nᵢθ, the variance is S10/M + S01/N + 2·S11/(MN) with
    /// S10 = I10/((I10 − 1)M)·Σaᵢ², S01 = I01/((I01 − 1)N)·Σbᵢ², S11 = I/(I − 1)·Σaᵢbᵢ; M and N count the positives and
    /// negatives, I the clusters, I10 and I01 those holding a positive and a negative.
    /// </summary>
    /// <param name="scores">One score per example; NaN is rejected.</param>
    /// <param name="labels">One label per example; <see langword="true"/> marks a positive.</param>
    /// <param name="clusters">One cluster id per example (any integers; equal ids share a cluster).</param>
    /// <returns>The estimate, with DeLong's naive variance beside it.</returns>
    /// <exception cref="ArgumentException">
    /// The spans differ in length, a score is NaN, or fewer than two clusters hold a positive or fewer than two a negative
    /// (the spread between clusters of one is undefined, and calling it zero would overstate precision).
    /// </exception>
    public static ClusteredAuroc Estimate(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, ReadOnlySpan<int> clusters)
    {
        (int m, int n) = SampleChecks.CountClasses(scores, labels, nameof(scores), nameof(labels));
        int[] clusterOf = new int[scores.Length];
        int count = ClusterIds.Number(clusters, scores.Length, nameof(clusters), clusterOf);

        int[] clusterPositives = new int[count];
        int[] clusterNegatives = new int[count];
        for (int i = 0; i < labels.Length; i++)
        {
            (labels[i] ? clusterPositives : clusterNegatives)[clusterOf[i]]++;
        }

        int positiveClusters = clusterPositives.Count(c => c > 0);
        int negativeClusters = clusterNegatives.Count(c => c > 0);
        if (positiveClusters < 2 || negativeClusters < 2)
        {
            throw new ArgumentException(
                $"The clustered variance needs positives in at least two clusters and negatives in at least two; they are in {positiveClusters} and {negativeClusters}.",
                nameof(clusters));
        }

        int[] groupOf = new int[scores.Length];
        int[] positives = new int[scores.Length];
        int[] negatives = new int[scores.Length];
        int groups = TieGroups.Build(scores, labels, positives, negatives, groupOf);
        double auroc = TieGroups.Auroc(positives.AsSpan(0, groups), negatives.AsSpan(0, groups), m, n);

        // Twice each tie group's placement values times the other class's size, as exact integers: 2N·V10 for a positive,
        // 2M·V01 for a negative. Summed per cluster and set against twice the wins, they give each cluster's deviation as
        // an exact integer, rounded once; so identical clusters deviate by exactly 0, and a variance that is 0 in exact
        // arithmetic (perfect separation, clusters that are copies of one another) comes out 0, not 1e-33, and takes
        // the same fallback as DeLong's.
        long twiceWins = 0;
        long[] positivePlacement = new long[groups];
        long[] negativePlacement = new long[groups];
        long negativesBelow = 0;
        long positivesBelow = 0;
        for (int g = 0; g < groups; g++)
        {
            long positivesAbove = m - positivesBelow - positives[g];
            positivePlacement[g] = (2 * negativesBelow) + negatives[g];
            negativePlacement[g] = (2 * positivesAbove) + positives[g];
            twiceWins += positives[g] * positivePlacement[g];
            negativesBelow += negatives[g];
            positivesBelow += positives[g];
        }

        long[] positiveSums = new long[count];
        long[] negativeSums = new long[count];
        double naivePositiveSquares = 0;
        double naiveNegativeSquares = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            int g = groupOf[i];
            if (labels[i])
            {
                positiveSums[clusterOf[i]] += positivePlacement[g];
                double v10 = positivePlacement[g] / (2.0 * n);
                naivePositiveSquares += (v10 - auroc) * (v10 - auroc);
            }
            else
            {
                negativeSums[clusterOf[i]] += negativePlacement[g];
                double v01 = negativePlacement[g] / (2.0 * m);
                naiveNegativeSquares += (v01 - auroc) * (v01 - auroc);
            }
        }

        // With aᵢ = V10ᵢ − mᵢθ and bᵢ = V01ᵢ − nᵢθ: aᵢ/M = Aᵢ/(2M²N) and bᵢ/N = Bᵢ/(2MN²) for the integers
        // Aᵢ = Pᵢ·M − mᵢ·W and Bᵢ = Qᵢ·N − nᵢ·W (Pᵢ, Qᵢ the cluster's integer placement sums, W twice the wins), and
        // aᵢ/M + bᵢ/N = (Aᵢ·N + Bᵢ·M)/(2M²N²). Int128: Aᵢ·N reaches about 4·M²·N·mᵢ, past a long for large samples.
        // The variance is written as c·Σ(aᵢ/M + bᵢ/N)² + (c10 − c)·Σ(aᵢ/M)² + (c01 − c)·Σ(bᵢ/N)² with c = I/(I − 1),
        // c10 = I10/(I10 − 1), c01 = I01/(I01 − 1): the textbook sum regrouped, every term non-negative (c10, c01 ≥ c
        // because I10, I01 ≤ I), so rounding cannot make it negative through the covariance's cancellation.
        double c = count / (count - 1.0);
        double c10 = positiveClusters / (positiveClusters - 1.0);
        double c01 = negativeClusters / (negativeClusters - 1.0);
        double positiveScale = 2.0 * m * m * n;
        double negativeScale = 2.0 * m * n * n;
        double jointScale = 2.0 * m * m * n * n;
        double joint = 0;
        double positiveOnly = 0;
        double negativeOnly = 0;
        for (int k = 0; k < count; k++)
        {
            Int128 positiveDeviation = ((Int128)positiveSums[k] * m) - ((Int128)clusterPositives[k] * twiceWins);
            Int128 negativeDeviation = ((Int128)negativeSums[k] * n) - ((Int128)clusterNegatives[k] * twiceWins);
            double a = (double)positiveDeviation / positiveScale;
            double b = (double)negativeDeviation / negativeScale;
            double ab = (double)((positiveDeviation * n) + (negativeDeviation * m)) / jointScale;
            joint += ab * ab;
            positiveOnly += a * a;
            negativeOnly += b * b;
        }

        double variance = (c * joint) + ((c10 - c) * positiveOnly) + ((c01 - c) * negativeOnly);
        double naive = (naivePositiveSquares / (m - 1) / m) + (naiveNegativeSquares / (n - 1) / n);
        return new ClusteredAuroc(auroc, variance, naive, positiveClusters, negativeClusters, count);
    }

    /// <summary>
    /// The normal-theory interval AUROC ± z·√variance, by the conventions of <see cref="DeLong.Interval"/>: clamped to
    /// [0, 1], holding its own estimate, and where the variance is 0 (perfect separation, all scores tied) a Wilson
    /// interval instead, here on n = min(clusters with a positive, clusters with a negative): the clusters are the
    /// independent units, so they, not the examples, are the sample size that bounds the precision.
    /// </summary>
    /// <param name="estimate">The estimate, from <see cref="Estimate"/>.</param>
    /// <param name="level">The two-sided confidence level, strictly between 0 and 1.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1.</exception>
    public static Interval Interval(ClusteredAuroc estimate, double level = 0.95) =>
        DeLong.Interval((estimate.Auroc, estimate.Variance), estimate.PositiveClusters, estimate.NegativeClusters, level);

    /// <summary>The interval of <see cref="Interval"/> straight from the data.</summary>
    /// <param name="scores">One score per example; NaN is rejected.</param>
    /// <param name="labels">One label per example; <see langword="true"/> marks a positive.</param>
    /// <param name="clusters">One cluster id per example.</param>
    /// <param name="level">The two-sided confidence level, strictly between 0 and 1.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException">As <see cref="Estimate"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1.</exception>
    /// <example>
    /// <code>
    /// // One entry per token: the unit's activation, whether the token is inside a string literal, its document.
    /// Interval ci = ClusteredDeLong.AurocInterval(activations, insideString, documentOf);
    /// bool beatsChance = ci.Lower > 0.5;
    /// </code>
    /// </example>
    public static Interval AurocInterval(
        ReadOnlySpan<double> scores,
        ReadOnlySpan<bool> labels,
        ReadOnlySpan<int> clusters,
        double level = 0.95)
    {
        SampleChecks.CheckLevel(level, nameof(level));
        return Interval(Estimate(scores, labels, clusters), level);
    }
}
