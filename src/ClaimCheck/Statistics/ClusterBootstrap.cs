namespace ClaimCheck.Statistics;

/// <summary>
/// A seeded percentile bootstrap for AUROC that resamples whole clusters (documents) with replacement, so the dependence
/// between examples of one cluster travels into every resample, and stratified by the clusters' make-up so that every
/// resample keeps both classes.
/// </summary>
/// <remarks>
/// The clusters fall into three strata: those holding only positives, only negatives, and both. Each resample draws,
/// with replacement, as many clusters from each stratum as it holds, in that order (positive-only, negative-only,
/// mixed). A resample then holds a positive whenever the sample does (from a positive-only or a mixed cluster), and a
/// negative likewise, with no rejection step to bias it; and the number of positive-only and negative-only clusters is
/// fixed, as <see cref="StratifiedBootstrap"/> fixes the class counts. With one example per cluster there are no mixed
/// clusters and the draws are <see cref="StratifiedBootstrap"/>'s, one for one: the two give the same interval.
/// Like any bootstrap it needs enough clusters: with a handful the resamples cannot show how much clusters vary, and
/// the interval comes out too narrow.
/// </remarks>
internal static class ClusterBootstrap
{
    /// <summary>
    /// The percentile interval of AUROC over <paramref name="resamples"/> cluster resamples, with quantiles by linear
    /// interpolation (R's default, type 7).
    /// </summary>
    /// <param name="scores">One score per example; NaN is rejected.</param>
    /// <param name="labels">One label per example; <see langword="true"/> marks a positive.</param>
    /// <param name="clusters">One cluster id per example (any integers; equal ids share a cluster).</param>
    /// <param name="resamples">How many resamples to draw (at least 1; 1000–2000 is usual for a 95% interval).</param>
    /// <param name="seed">
    /// The seed of the <see cref="SeededRandom"/> that draws the resamples. Clusters are numbered in order of first
    /// appearance, so a seed and the same data in the same order reproduce the interval exactly.
    /// </param>
    /// <param name="level">The two-sided confidence level, strictly between 0 and 1.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException">The spans differ in length, a score is NaN, or a class is missing.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="resamples"/> is not positive, or <paramref name="level"/> is not strictly between 0 and 1.
    /// </exception>
    /// <example>
    /// <code>
    /// ulong seed = SeededRandom.Derive(claimSeed, "held-out AUROC cluster bootstrap");
    /// Interval ci = ClusterBootstrap.AurocInterval(activations, insideString, documentOf, resamples: 2000, seed);
    /// </code>
    /// </example>
    public static Interval AurocInterval(
        ReadOnlySpan<double> scores,
        ReadOnlySpan<bool> labels,
        ReadOnlySpan<int> clusters,
        int resamples,
        ulong seed,
        double level = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resamples);
        SampleChecks.CheckLevel(level, nameof(level));
        SampleChecks.CountClasses(scores, labels, nameof(scores), nameof(labels));
        int[] clusterOf = new int[scores.Length];
        int count = ClusterIds.Number(clusters, scores.Length, nameof(clusters), clusterOf);

        // As in StratifiedBootstrap, a resample's AUROC depends only on how many positives and negatives land in each tie
        // group of the original sample: each cluster is kept as the list of its examples' tie groups, by class.
        int[] groupOf = new int[scores.Length];
        int[] positives = new int[scores.Length];
        int[] negatives = new int[scores.Length];
        int groups = TieGroups.Build(scores, labels, positives, negatives, groupOf);
        ClusterMembers members = ClusterMembers.Build(labels, clusterOf, groupOf, count);

        int[][] strata = [members.Stratum(positiveOnly: true), members.Stratum(positiveOnly: false), members.Mixed()];
        Span<int> resampledPositives = positives.AsSpan(0, groups);
        Span<int> resampledNegatives = negatives.AsSpan(0, groups);
        var random = new SeededRandom(seed);
        double[] aurocs = new double[resamples];
        for (int r = 0; r < resamples; r++)
        {
            resampledPositives.Clear();
            resampledNegatives.Clear();
            long m = 0, n = 0;
            foreach (int[] stratum in strata)
            {
                for (int k = 0; k < stratum.Length; k++)
                {
                    int cluster = stratum[random.NextInt(stratum.Length)];
                    m += members.Add(cluster, resampledPositives, positives: true);
                    n += members.Add(cluster, resampledNegatives, positives: false);
                }
            }

            aurocs[r] = TieGroups.Auroc(resampledPositives, resampledNegatives, m, n);
        }

        Array.Sort(aurocs);
        double tail = (1 - level) / 2;
        return new Interval(
            Descriptive.QuantileOfSorted(aurocs, tail),
            Descriptive.QuantileOfSorted(aurocs, 1 - tail));
    }

    /// <summary>Each cluster's positives' and negatives' tie groups, stored flat (one offset array per class).</summary>
    private sealed class ClusterMembers
    {
        private readonly int[] _positiveStart;
        private readonly int[] _positiveGroups;
        private readonly int[] _negativeStart;
        private readonly int[] _negativeGroups;

        private ClusterMembers(int[] positiveStart, int[] positiveGroups, int[] negativeStart, int[] negativeGroups)
        {
            _positiveStart = positiveStart;
            _positiveGroups = positiveGroups;
            _negativeStart = negativeStart;
            _negativeGroups = negativeGroups;
        }

        public static ClusterMembers Build(ReadOnlySpan<bool> labels, int[] clusterOf, int[] groupOf, int count)
        {
            int[] positiveStart = new int[count + 1];
            int[] negativeStart = new int[count + 1];
            for (int i = 0; i < labels.Length; i++)
            {
                (labels[i] ? positiveStart : negativeStart)[clusterOf[i] + 1]++;
            }

            for (int k = 0; k < count; k++)
            {
                positiveStart[k + 1] += positiveStart[k];
                negativeStart[k + 1] += negativeStart[k];
            }

            int[] positiveGroups = new int[positiveStart[count]];
            int[] negativeGroups = new int[negativeStart[count]];
            int[] positiveNext = positiveStart[..count];
            int[] negativeNext = negativeStart[..count];
            for (int i = 0; i < labels.Length; i++)
            {
                if (labels[i])
                {
                    positiveGroups[positiveNext[clusterOf[i]]++] = groupOf[i];
                }
                else
                {
                    negativeGroups[negativeNext[clusterOf[i]]++] = groupOf[i];
                }
            }

            return new ClusterMembers(positiveStart, positiveGroups, negativeStart, negativeGroups);
        }

        /// <summary>The clusters, in order, that hold only positives (or, with <paramref name="positiveOnly"/> false, only negatives).</summary>
        public int[] Stratum(bool positiveOnly) =>
            Enumerable.Range(0, _positiveStart.Length - 1)
                .Where(k => positiveOnly ? Negatives(k) == 0 : Positives(k) == 0)
                .ToArray();

        /// <summary>The clusters, in order, that hold both classes.</summary>
        public int[] Mixed() =>
            Enumerable.Range(0, _positiveStart.Length - 1).Where(k => Positives(k) > 0 && Negatives(k) > 0).ToArray();

        /// <summary>Adds one copy of the cluster's examples of one class to the tie-group counts; returns how many.</summary>
        public int Add(int cluster, Span<int> counts, bool positives)
        {
            (int[] start, int[] groups) = positives ? (_positiveStart, _positiveGroups) : (_negativeStart, _negativeGroups);
            for (int j = start[cluster]; j < start[cluster + 1]; j++)
            {
                counts[groups[j]]++;
            }

            return start[cluster + 1] - start[cluster];
        }

        private int Positives(int cluster) => _positiveStart[cluster + 1] - _positiveStart[cluster];

        private int Negatives(int cluster) => _negativeStart[cluster + 1] - _negativeStart[cluster];
    }
}
