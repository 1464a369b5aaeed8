using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Statistics;

public class ClusterBootstrapTests
{
    [Test]
    public void With_one_example_per_cluster_it_is_the_stratified_bootstrap_draw_for_draw()
    {
        // Singletons hold one class each: the positive-only stratum is the positives in their order, the negative-only one
        // the negatives, and there is no mixed stratum, so each resample makes StratifiedBootstrap's draws exactly.
        (double[] scores, bool[] labels) = Binormal.Sample(40, 55, 0.7, new SeededRandom(6));
        scores = scores.Select(s => Math.Round(s, 1)).ToArray();
        int[] clusters = Enumerable.Range(0, scores.Length).Select(i => 1000 - i).ToArray();

        Interval clustered = ClusterBootstrap.AurocInterval(scores, labels, clusters, resamples: 400, seed: 9);
        Interval stratified = StratifiedBootstrap.AurocInterval(scores, labels, resamples: 400, seed: 9);

        Assert.That(clustered, Is.EqualTo(stratified));
    }

    [Test]
    public void Copies_of_an_example_within_its_own_cluster_give_the_interval_of_the_original()
    {
        // Five copies of each example in its own cluster: the same clusters are drawn as the originals would be, and every
        // resample's win count is 25 times the original's over 25 times the pairs, the same AUROC to the last bit.
        (double[] scores, bool[] labels) = Binormal.Sample(30, 30, 0.5, new SeededRandom(10));
        const int copies = 5;
        double[] copiedScores = scores.SelectMany(s => Enumerable.Repeat(s, copies)).ToArray();
        bool[] copiedLabels = labels.SelectMany(l => Enumerable.Repeat(l, copies)).ToArray();
        int[] copiedClusters = Enumerable.Range(0, copiedScores.Length).Select(i => i / copies).ToArray();

        Interval copied = ClusterBootstrap.AurocInterval(copiedScores, copiedLabels, copiedClusters, 300, seed: 3);
        Interval original = ClusterBootstrap.AurocInterval(scores, labels, Enumerable.Range(0, scores.Length).ToArray(), 300, seed: 3);
        Interval tokenLevel = StratifiedBootstrap.AurocInterval(copiedScores, copiedLabels, 300, seed: 3);

        Assert.Multiple(() =>
        {
            Assert.That(copied, Is.EqualTo(original));
            // Resampling the copies one by one instead takes them for independent evidence: a far narrower interval.
            Assert.That(tokenLevel.Width, Is.LessThan(0.6 * original.Width));
        });
    }

    [Test]
    public void The_same_seed_gives_the_same_interval()
    {
        (double[] scores, bool[] labels, int[] clusters) = ClusteredData.Sample(30, 40, 0.5, 2, new SeededRandom(1));

        Interval first = ClusterBootstrap.AurocInterval(scores, labels, clusters, 500, seed: 42);
        Interval second = ClusterBootstrap.AurocInterval(scores, labels, clusters, 500, seed: 42);
        Interval other = ClusterBootstrap.AurocInterval(scores, labels, clusters, 500, seed: 43);

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.EqualTo(first));
            Assert.That(other, Is.Not.EqualTo(first));
            Assert.That(first.Contains(Auroc.Compute(scores, labels)), Is.True);
        });
    }

    [Test]
    public void Positives_in_one_mixed_document_are_in_every_resample()
    {
        // One document of 10 tokens holds every positive; 20 more hold only negatives. An unstratified cluster resample
        // would miss that document with probability (20/21)^21 ≈ 36% and have no AUROC. Here it is the mixed stratum's only
        // member, so every resample holds it, once: its positives (scores 5 … 9) beat every negative (0 … 4), and the
        // AUROC is 1 in every resample.
        var scores = new List<double>();
        var labels = new List<bool>();
        var clusters = new List<int>();
        for (int t = 0; t < 10; t++)
        {
            scores.Add(t);
            labels.Add(t >= 5);
            clusters.Add(0);
        }

        for (int d = 1; d <= 20; d++)
        {
            scores.Add(d % 5);
            labels.Add(false);
            clusters.Add(d);
        }

        Interval interval = ClusterBootstrap.AurocInterval(scores.ToArray(), labels.ToArray(), clusters.ToArray(), 1000, seed: 11);

        Assert.That(interval, Is.EqualTo(new Interval(1, 1)));
    }

    [Test]
    public void Dependent_documents_give_a_wider_interval_than_resampling_tokens()
    {
        // A document offset shared by all its tokens, the concept present in a third of the documents: resampling
        // tokens treats 1500 tokens as independent; the 30 documents are the real sample.
        var random = new SeededRandom(12);
        var scores = new List<double>();
        var labels = new List<bool>();
        var clusters = new List<int>();
        for (int d = 0; d < 30; d++)
        {
            double offset = 2 * random.NextGaussian();
            for (int t = 0; t < 50; t++)
            {
                scores.Add(offset + random.NextGaussian());
                labels.Add(d % 3 == 0 && random.NextBool(0.5));
                clusters.Add(d);
            }
        }

        Interval documents = ClusterBootstrap.AurocInterval(scores.ToArray(), labels.ToArray(), clusters.ToArray(), 1000, seed: 2);
        Interval tokens = StratifiedBootstrap.AurocInterval(scores.ToArray(), labels.ToArray(), 1000, seed: 2);

        Assert.That(documents.Width, Is.GreaterThan(2 * tokens.Width));
    }

    [Test]
    public void Bad_arguments_are_rejected()
    {
        double[] scores = [0.1, 0.9, 0.2, 0.8];
        bool[] labels = [false, true, false, true];
        int[] clusters = [1, 1, 2, 2];

        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => ClusterBootstrap.AurocInterval(scores, labels, clusters, 0, seed: 1));
            Assert.Throws<ArgumentOutOfRangeException>(() => ClusterBootstrap.AurocInterval(scores, labels, clusters, 10, seed: 1, level: 0));
            Assert.That(Assert.Throws<ArgumentException>(() => ClusterBootstrap.AurocInterval(scores, labels, [1, 2], 10, seed: 1))!.ParamName, Is.EqualTo("clusters"));
            Assert.That(Assert.Throws<ArgumentException>(() => ClusterBootstrap.AurocInterval(scores, [true, true, true, true], clusters, 10, seed: 1))!.ParamName, Is.EqualTo("labels"));
        });
    }
}
