using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Statistics;

public class ClusteredDeLongTests
{
    // DeLongTests' worked example, split into two documents: {0.1 −, 0.4 +} and {0.35 −, 0.8 +, 0.4 −}.
    private static readonly double[] WorkedScores = [0.1, 0.4, 0.35, 0.8, 0.4];
    private static readonly bool[] WorkedLabels = [false, true, false, true, false];
    private static readonly int[] WorkedClusters = [1, 1, 2, 2, 2];

    [Test]
    public void The_variance_of_a_small_example_matches_the_derivation_by_hand()
    {
        // θ = 11/12, M = 2, N = 3, I = I10 = I01 = 2. Placement values as in DeLongTests: V10(0.4) = 5/6, V10(0.8) = 1;
        // V01(0.1) = 1, V01(0.35) = 1, V01(0.4) = 3/4.
        // Cluster 1: a = 5/6 − 1·θ = −1/12, b = 1 − 1·θ = 1/12. Cluster 2: a = 1 − θ = 1/12, b = 7/4 − 2θ = −1/12.
        // S10 = 2/(1·2)·(2/144) = 1/72, S01 = 2/(1·3)·(2/144) = 1/108, S11 = 2/1·(−1/144 − 1/144) = −1/36.
        // Var = S10/2 + S01/3 + 2·S11/6 = 9/1296 + 4/1296 − 12/1296 = 1/1296: within each document the positive and the
        // negatives err in opposite directions, and the clustered variance sees that the document's net error is small.
        ClusteredAuroc estimate = ClusteredDeLong.Estimate(WorkedScores, WorkedLabels, WorkedClusters);

        Assert.Multiple(() =>
        {
            Assert.That(estimate.Auroc, Is.EqualTo(11.0 / 12.0).Within(1e-15));
            Assert.That(estimate.Variance, Is.EqualTo(1.0 / 1296.0).Within(1e-16));
            Assert.That(estimate.NaiveVariance, Is.EqualTo(1.0 / 72.0).Within(1e-15));
            Assert.That((estimate.PositiveClusters, estimate.NegativeClusters, estimate.Clusters), Is.EqualTo((2, 2, 2)));
        });
    }

    [Test]
    public void With_one_example_per_cluster_it_is_DeLong_up_to_rounding()
    {
        // Exactly DeLong in algebra (no cluster holds both classes, so the covariance term is a sum of zeros, and the
        // other two terms are DeLong's sample variances); the sums run in another order, so doubles may differ in the
        // last places only.
        var random = new SeededRandom(17);
        for (int trial = 0; trial < 20; trial++)
        {
            (double[] scores, bool[] labels) = Binormal.Sample(random.NextInt(2, 80), random.NextInt(2, 80), 0.6, random);
            scores = scores.Select(s => Math.Round(s, 1)).ToArray();
            int[] clusters = Enumerable.Range(0, scores.Length).Select(i => (i * 31) + 5).ToArray();

            ClusteredAuroc clustered = ClusteredDeLong.Estimate(scores, labels, clusters);
            (double auroc, double variance) = DeLong.Estimate(scores, labels);

            Assert.Multiple(() =>
            {
                Assert.That(clustered.Auroc, Is.EqualTo(auroc), $"trial {trial}");
                Assert.That(clustered.Variance, Is.EqualTo(variance).Within(1e-13 * variance), $"trial {trial}");
                Assert.That(clustered.NaiveVariance, Is.EqualTo(variance).Within(1e-13 * variance), $"trial {trial}");
                Assert.That(ClusteredDeLong.Interval(clustered).Lower, Is.EqualTo(DeLong.AurocInterval(scores, labels).Lower).Within(1e-12));
            });
        }
    }

    [Test]
    public void Copies_of_an_example_within_its_own_cluster_add_no_information()
    {
        // Each example repeated five times inside its own cluster: perfectly dependent copies. The clustered variance
        // stays that of the original sample; DeLong's naive variance, counting each copy as new evidence, shrinks about
        // five-fold.
        (double[] scores, bool[] labels) = Binormal.Sample(30, 40, 0.8, new SeededRandom(4));
        const int copies = 5;
        double[] copiedScores = scores.SelectMany(s => Enumerable.Repeat(s, copies)).ToArray();
        bool[] copiedLabels = labels.SelectMany(l => Enumerable.Repeat(l, copies)).ToArray();
        int[] clusters = Enumerable.Range(0, copiedScores.Length).Select(i => i / copies).ToArray();

        ClusteredAuroc copied = ClusteredDeLong.Estimate(copiedScores, copiedLabels, clusters);
        (double auroc, double variance) = DeLong.Estimate(scores, labels);

        Assert.Multiple(() =>
        {
            Assert.That(copied.Auroc, Is.EqualTo(auroc));
            Assert.That(copied.Variance, Is.EqualTo(variance).Within(1e-13 * variance));
            Assert.That(copied.NaiveVariance, Is.LessThan(variance / 4));
            Assert.That(copied.DesignEffect, Is.GreaterThan(4));
        });
    }

    [Test]
    public void Neither_the_order_of_examples_nor_the_cluster_ids_change_the_estimate()
    {
        (double[] scores, bool[] labels, int[] clusters) = ClusteredData.Sample(25, 30, 0.5, 1, new SeededRandom(8));
        ClusteredAuroc estimate = ClusteredDeLong.Estimate(scores, labels, clusters);

        int[] order = Enumerable.Range(0, scores.Length).Reverse().ToArray();
        ClusteredAuroc reordered = ClusteredDeLong.Estimate(
            order.Select(i => scores[i]).ToArray(),
            order.Select(i => labels[i]).ToArray(),
            order.Select(i => -3 * clusters[i]).ToArray());

        Assert.Multiple(() =>
        {
            Assert.That(reordered.Auroc, Is.EqualTo(estimate.Auroc));
            Assert.That(reordered.Variance, Is.EqualTo(estimate.Variance).Within(1e-13 * estimate.Variance));
            Assert.That(reordered.Clusters, Is.EqualTo(25));
        });
    }

    [Test]
    public void Dependent_examples_widen_the_interval_beyond_DeLongs()
    {
        // Documents with a shared offset and a concept that is present in a few documents only: the positives' scores
        // move together with their document's, so the clustered variance is several times the naive one.
        var random = new SeededRandom(12);
        var scores = new List<double>();
        var labels = new List<bool>();
        var clusters = new List<int>();
        for (int d = 0; d < 30; d++)
        {
            double offset = 2 * random.NextGaussian();
            bool hasConcept = d % 3 == 0;
            for (int t = 0; t < 50; t++)
            {
                bool positive = hasConcept && random.NextBool(0.5);
                scores.Add(offset + random.NextGaussian());
                labels.Add(positive);
                clusters.Add(d);
            }
        }

        ClusteredAuroc estimate = ClusteredDeLong.Estimate(scores.ToArray(), labels.ToArray(), clusters.ToArray());
        Interval clustered = ClusteredDeLong.Interval(estimate);
        Interval naive = DeLong.AurocInterval(scores.ToArray(), labels.ToArray());

        Assert.Multiple(() =>
        {
            Assert.That(estimate.DesignEffect, Is.GreaterThan(5));
            Assert.That(clustered.Width, Is.GreaterThan(2 * naive.Width));
        });
    }

    [Test]
    public void Perfect_separation_falls_back_to_a_Wilson_interval_on_the_clusters_not_the_examples()
    {
        // Positives in two documents, all above every negative; 200 tokens in all. DeLong's fallback uses min(M, N) = 40
        // tokens: [0.912, 1]. The clustered one uses min(I10, I01) = 2 documents: Wilson for 2 of 2, [0.342, 1].
        var scores = new List<double>();
        var labels = new List<bool>();
        var clusters = new List<int>();
        for (int d = 0; d < 10; d++)
        {
            for (int t = 0; t < 20; t++)
            {
                bool positive = d < 2;
                scores.Add(positive ? 100 + t : t);
                labels.Add(positive);
                clusters.Add(d);
            }
        }

        ClusteredAuroc estimate = ClusteredDeLong.Estimate(scores.ToArray(), labels.ToArray(), clusters.ToArray());
        Interval interval = ClusteredDeLong.Interval(estimate);

        Assert.Multiple(() =>
        {
            Assert.That(estimate.Variance, Is.Zero);
            Assert.That(interval.Lower, Is.EqualTo(Wilson.ScoreInterval(2, 2).Lower).Within(1e-12));
            Assert.That(interval.Upper, Is.EqualTo(1.0));
            Assert.That(DeLong.AurocInterval(scores.ToArray(), labels.ToArray()).Lower, Is.EqualTo(Wilson.ScoreInterval(40, 40).Lower).Within(1e-12));
        });
    }

    [Test]
    public void Clusters_that_are_copies_of_one_another_have_a_variance_of_exactly_zero()
    {
        // Two documents with positives, eight with negatives, every positive document the same 20 scores and every
        // negative one the same 20 scores: the cluster sums do not vary, so the variance is 0 and the interval takes
        // DeLong's fallback (Wilson on 2 clusters). Summing floating placement values per cluster left 4.5e-33 here,
        // which read as an interval of zero width at 0.875; the integer sums give exactly 0.
        var scores = new List<double>();
        var labels = new List<bool>();
        var clusters = new List<int>();
        for (int d = 0; d < 10; d++)
        {
            for (int t = 0; t < 20; t++)
            {
                bool positive = d < 2;
                scores.Add(positive ? 10 + t : t);
                labels.Add(positive);
                clusters.Add(d);
            }
        }

        ClusteredAuroc estimate = ClusteredDeLong.Estimate(scores.ToArray(), labels.ToArray(), clusters.ToArray());
        Interval interval = ClusteredDeLong.Interval(estimate);

        Assert.Multiple(() =>
        {
            Assert.That(estimate.Auroc, Is.EqualTo(0.875));
            Assert.That(estimate.Variance, Is.Zero);
            Assert.That(interval.Width, Is.GreaterThan(0.3));
        });
    }

    [Test]
    public void The_variance_is_never_negative_on_small_clusters_with_many_ties()
    {
        var random = new SeededRandom(21);
        for (int trial = 0; trial < 200; trial++)
        {
            (double[] scores, bool[] labels, int[] clusters) = ClusteredData.Sample(random.NextInt(3, 8), 6, random.NextDouble(-1, 1), 0, random);
            if (!HasTwoClustersOfEachClass(labels, clusters))
            {
                continue;
            }

            Assert.That(ClusteredDeLong.Estimate(scores, labels, clusters).Variance, Is.GreaterThanOrEqualTo(0), $"trial {trial}");
        }
    }

    [Test]
    public void Positives_in_a_single_cluster_are_rejected()
    {
        double[] scores = [0.9, 0.8, 0.1, 0.2, 0.3];
        bool[] labels = [true, true, false, false, false];
        int[] clusters = [1, 1, 1, 2, 3];

        ArgumentException e = Assert.Throws<ArgumentException>(() => ClusteredDeLong.Estimate(scores, labels, clusters))!;
        Assert.Multiple(() =>
        {
            Assert.That(e.ParamName, Is.EqualTo("clusters"));
            Assert.That(e.Message, Does.Contain("they are in 1 and 3"));
        });
    }

    [Test]
    public void Cluster_ids_of_another_length_are_rejected()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => ClusteredDeLong.Estimate(WorkedScores, WorkedLabels, [1, 2, 3]))!;
        Assert.That(e.ParamName, Is.EqualTo("clusters"));
    }

    [Test]
    public void A_NaN_score_is_rejected()
    {
        double[] scores = [0.1, double.NaN, 0.35, 0.8, 0.4];
        ArgumentException e = Assert.Throws<ArgumentException>(() => ClusteredDeLong.Estimate(scores, WorkedLabels, WorkedClusters))!;
        Assert.That(e.ParamName, Is.EqualTo("scores"));
    }

    [Test]
    public void A_level_outside_zero_to_one_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ClusteredDeLong.AurocInterval(WorkedScores, WorkedLabels, WorkedClusters, level: 1));
    }

    internal static bool HasTwoClustersOfEachClass(bool[] labels, int[] clusters) =>
        clusters.Where((_, i) => labels[i]).Distinct().Count() >= 2 && clusters.Where((_, i) => !labels[i]).Distinct().Count() >= 2;
}
