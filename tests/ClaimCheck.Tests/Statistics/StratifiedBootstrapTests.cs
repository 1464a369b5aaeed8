using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Statistics;

public class StratifiedBootstrapTests
{
    [Test]
    public void A_small_sample_gives_the_interval_computed_independently()
    {
        // Five positives {0.9, 0.8, 0.4, 0.7, 0.55}, five negatives {0.1, 0.5, 0.4, 0.6, 0.3} (one tie across classes), 20
        // resamples from seed 7, 90%. A separate Python transcription (xoshiro256** draws, each resample's positives then
        // negatives drawn with NextInt, AUROC by counting all pairs, R's type-7 quantiles) gives sorted AUROCs starting
        // 0.56, 0.58 and ending 0.96, 0.96, 1.0: the 5% quantile 0.56 + 0.95 × 0.02 = 0.579, the 95% one
        // 0.96 + 0.05 × 0.04 = 0.962.
        double[] scores = [0.9, 0.1, 0.8, 0.5, 0.4, 0.4, 0.7, 0.6, 0.55, 0.3];
        bool[] labels = [true, false, true, false, true, false, true, false, true, false];

        Interval interval = StratifiedBootstrap.AurocInterval(scores, labels, resamples: 20, seed: 7, level: 0.9);

        Assert.Multiple(() =>
        {
            Assert.That(interval.Lower, Is.EqualTo(0.579).Within(1e-12));
            Assert.That(interval.Upper, Is.EqualTo(0.962).Within(1e-12));
        });
    }

    [Test]
    public void The_same_seed_gives_the_same_interval()
    {
        (double[] scores, bool[] labels) = Binormal.Sample(80, 120, 0.8, new SeededRandom(1));

        Interval first = StratifiedBootstrap.AurocInterval(scores, labels, 500, seed: 42);
        Interval second = StratifiedBootstrap.AurocInterval(scores, labels, 500, seed: 42);
        Interval other = StratifiedBootstrap.AurocInterval(scores, labels, 500, seed: 43);

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.EqualTo(first));
            Assert.That(other, Is.Not.EqualTo(first));
        });
    }

    [Test]
    public void A_class_of_one_each_has_a_single_possible_resample()
    {
        // Resampling keeps one positive and one negative, and each can only be itself: every resample's AUROC is 1.
        Interval interval = StratifiedBootstrap.AurocInterval([0.2, 0.7], [false, true], 100, seed: 5);

        Assert.That(interval, Is.EqualTo(new Interval(1, 1)));
    }

    [Test]
    public void Keeps_a_rare_class_in_every_resample()
    {
        // Two positives in 400: an unstratified resample would lack positives about (398/400)^400 ≈ 13% of the time
        // and have no AUROC. Stratified, the positives (scores 10 and 0, negatives all 0.5) give resample AUROCs
        // 1, ½ and 0 with probabilities ¼, ½, ¼, so the 2.5% and 97.5% quantiles are 0 and 1.
        double[] scores = Enumerable.Range(0, 400).Select(i => i switch { 0 => 10.0, 1 => 0.0, _ => 0.5 }).ToArray();
        bool[] labels = Enumerable.Range(0, 400).Select(i => i < 2).ToArray();

        Interval interval = StratifiedBootstrap.AurocInterval(scores, labels, 1000, seed: 8);

        Assert.That(interval, Is.EqualTo(new Interval(0, 1)));
    }

    [Test]
    public void Agrees_with_DeLong_on_a_large_binormal_sample()
    {
        // With 400 per class the AUROC is close to normal and both intervals estimate the same spread: each is about
        // ±0.033 wide here, and the endpoints agree to within 0.01 (bootstrap Monte Carlo error alone is ~0.002).
        (double[] scores, bool[] labels) = Binormal.Sample(400, 400, 1.0, new SeededRandom(12));

        Interval delong = DeLong.AurocInterval(scores, labels);
        Interval bootstrap = StratifiedBootstrap.AurocInterval(scores, labels, 2000, seed: 77);

        Assert.Multiple(() =>
        {
            Assert.That(bootstrap.Lower, Is.EqualTo(delong.Lower).Within(0.01));
            Assert.That(bootstrap.Upper, Is.EqualTo(delong.Upper).Within(0.01));
            Assert.That(bootstrap.Width, Is.EqualTo(delong.Width).Within(0.1 * delong.Width));
        });
    }

    [Test]
    public void Covers_the_true_auroc_about_95_percent_of_the_time_on_binormal_data()
    {
        // 200 replications of 100 positives and 100 negatives, true AUROC Φ(1/√2) = 0.76025, 1000 resamples each.
        // At true coverage 0.95 the observed rate has standard deviation √(0.95 × 0.05 / 200) = 0.0154; [0.90, 0.99]
        // spans about −3.2 to +2.6 of them and leaves room for the percentile bootstrap's known slight undercoverage
        // at moderate n, while an interval half as wide (coverage ~0.68) or far too wide (~1.0) fails. Seeded: deterministic.
        double truth = Binormal.TrueAuroc(1.0);
        var random = new SeededRandom(SeededRandom.Derive(2024, "bootstrap coverage"));
        int covered = 0;
        for (int replication = 0; replication < 200; replication++)
        {
            (double[] scores, bool[] labels) = Binormal.Sample(100, 100, 1.0, random);
            ulong seed = SeededRandom.Derive((ulong)replication, "resamples");
            if (StratifiedBootstrap.AurocInterval(scores, labels, 1000, seed).Contains(truth))
            {
                covered++;
            }
        }

        Assert.That(covered / 200.0, Is.InRange(0.90, 0.99));
    }

    [Test]
    public void A_wider_level_gives_a_wider_interval()
    {
        (double[] scores, bool[] labels) = Binormal.Sample(100, 100, 1.0, new SeededRandom(4));

        Interval ninety = StratifiedBootstrap.AurocInterval(scores, labels, 1000, seed: 9, level: 0.90);
        Interval ninetyNine = StratifiedBootstrap.AurocInterval(scores, labels, 1000, seed: 9, level: 0.99);

        Assert.Multiple(() =>
        {
            Assert.That(ninetyNine.Lower, Is.LessThan(ninety.Lower));
            Assert.That(ninetyNine.Upper, Is.GreaterThan(ninety.Upper));
        });
    }

    [Test]
    public void Zero_resamples_are_refused_by_name()
    {
        // Without the check, zero resamples fail later inside the quantile with an out-of-range slice: the same
        // exception type, but a message about an index instead of the argument.
        Assert.That(() => StratifiedBootstrap.AurocInterval([1.0, 2.0], [true, false], 0, 1), Throws.InstanceOf<ArgumentOutOfRangeException>()
            .With.Property(nameof(ArgumentException.ParamName)).EqualTo("resamples"));
    }

    [Test]
    public void Rejects_bad_arguments()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => StratifiedBootstrap.AurocInterval([1.0, 2.0], [true, false], 0, 1), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => StratifiedBootstrap.AurocInterval([1.0, 2.0], [true, false], 10, 1, level: 1.0), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => StratifiedBootstrap.AurocInterval([1.0, 2.0], [true], 10, 1), Throws.ArgumentException);
            Assert.That(() => StratifiedBootstrap.AurocInterval([1.0, 2.0], [true, true], 10, 1), Throws.ArgumentException);
            Assert.That(() => StratifiedBootstrap.AurocInterval([1.0, double.NaN], [true, false], 10, 1), Throws.ArgumentException);
        });
    }
}
