using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Statistics;

public class DeLongTests
{
    private static readonly double[] WorkedScores = [0.1, 0.4, 0.35, 0.8, 0.4];
    private static readonly bool[] WorkedLabels = [false, true, false, true, false];

    [Test]
    public void The_variance_of_a_small_example_matches_the_derivation_by_hand()
    {
        // Positives X = {0.4, 0.8}, negatives Y = {0.1, 0.35, 0.4}; ψ = 1 win, ½ tie, 0 loss. AUROC = 11/12.
        // Positive components V10(x) = mean over Y of ψ(x, y):
        //   V10(0.4) = (1 + 1 + ½) / 3 = 5/6,  V10(0.8) = 1;  mean 11/12, deviations ∓1/12.
        //   S10 = ((1/12)² + (1/12)²) / (2 − 1) = 2/144 = 1/72.
        // Negative components V01(y) = mean over X of ψ(x, y):
        //   V01(0.1) = 1, V01(0.35) = 1, V01(0.4) = (½ + 1) / 2 = 3/4;  mean 11/12, deviations 1/12, 1/12, −1/6.
        //   S01 = (1/144 + 1/144 + 4/144) / (3 − 1) = 1/48.
        // Var = S10 / 2 + S01 / 3 = 1/144 + 1/144 = 1/72 ≈ 0.013889.
        (double auc, double variance) = DeLong.Estimate(WorkedScores, WorkedLabels);

        Assert.Multiple(() =>
        {
            Assert.That(auc, Is.EqualTo(11.0 / 12.0).Within(1e-15));
            Assert.That(variance, Is.EqualTo(1.0 / 72.0).Within(1e-15));
        });
    }

    [Test]
    public void The_variance_matches_the_structural_components_summed_over_all_pairs()
    {
        var random = new SeededRandom(99);
        for (int trial = 0; trial < 10; trial++)
        {
            (double[] scores, bool[] labels) = Binormal.Sample(random.NextInt(2, 60), random.NextInt(2, 60), 0.7, random);
            // Rounding makes ties, which exercise the ½ terms.
            scores = scores.Select(s => Math.Round(s, 1)).ToArray();

            (double auc, double variance) = DeLong.Estimate(scores, labels);
            (double expectedAuc, double expectedVariance) = BruteForceDeLong(scores, labels);

            Assert.Multiple(() =>
            {
                Assert.That(auc, Is.EqualTo(expectedAuc).Within(1e-12), $"trial {trial}");
                Assert.That(variance, Is.EqualTo(expectedVariance).Within(1e-12), $"trial {trial}");
            });
        }
    }

    [Test]
    public void The_interval_of_the_worked_example_is_the_estimate_plus_or_minus_z_standard_errors_clamped_to_1()
    {
        // 11/12 ∓ 1.959964 × √(1/72) = 0.916667 ∓ 0.230984: [0.685683, 1.147651], clamped above to 1.
        Interval interval = DeLong.AurocInterval(WorkedScores, WorkedLabels);

        Assert.Multiple(() =>
        {
            Assert.That(interval.Lower, Is.EqualTo(0.685683).Within(1e-6));
            Assert.That(interval.Upper, Is.EqualTo(1.0));
        });
    }

    [Test]
    public void A_wider_level_gives_a_wider_interval()
    {
        (double[] scores, bool[] labels) = Binormal.Sample(100, 100, 1.0, new SeededRandom(3));

        Interval ninety = DeLong.AurocInterval(scores, labels, 0.90);
        Interval ninetyNine = DeLong.AurocInterval(scores, labels, 0.99);

        // z ratio 2.575829 / 1.644854 = 1.566; neither interval reaches 0 or 1 here, so no clamping.
        Assert.That(ninetyNine.Width / ninety.Width, Is.EqualTo(2.5758293035489 / 1.6448536269515).Within(1e-9));
    }

    [Test]
    public void Perfect_separation_has_zero_variance_and_falls_back_to_a_Wilson_interval_on_the_smaller_class()
    {
        // Two of each class: the interval is Wilson's for 2 successes in 2 trials, [0.3424, 1] at 95%.
        (double _, double variance) = DeLong.Estimate([1.0, 2.0, 3.0, 4.0], [false, false, true, true]);
        Interval interval = DeLong.AurocInterval([1.0, 2.0, 3.0, 4.0], [false, false, true, true]);

        Assert.That(variance, Is.Zero);
        Assert.That(interval.Upper, Is.EqualTo(1));
        Assert.That(interval.Lower, Is.EqualTo(Wilson.ScoreInterval(2, 2).Lower).Within(1e-12));
    }

    [Test]
    public void The_fallback_uses_the_negatives_when_they_are_the_smaller_class()
    {
        // Ten positives above three negatives: Wilson's interval for 3 of 3, [0.43850, 1] at 95%
        // (statsmodels proportion_confint(3, 3, alpha=0.05, method="wilson")), not the narrower one for 10 of 10.
        double[] scores = [.. Enumerable.Range(0, 13).Select(i => (double)i)];
        bool[] labels = [.. scores.Select(s => s >= 3)];

        Interval interval = DeLong.AurocInterval(scores, labels);

        Assert.That(interval.Lower, Is.EqualTo(0.43850296824495444).Within(1e-12));
    }

    [Test]
    public void A_perfect_AUROC_on_200_positives_is_not_a_point()
    {
        double[] scores = Enumerable.Range(0, 1000).Select(i => (double)i).ToArray();
        bool[] labels = scores.Select(s => s >= 800).ToArray();

        Interval interval = DeLong.AurocInterval(scores, labels);

        Assert.That(interval.Lower, Is.EqualTo(Wilson.ScoreInterval(200, 200).Lower).Within(1e-12));
        Assert.That(interval.Lower, Is.InRange(0.97, 0.99));
    }

    [Test]
    public void The_difference_of_independent_estimates_adds_the_variances()
    {
        // 0.8 − 0.7 = 0.1, standard error √(0.001 + 0.0015) = 0.05, 0.1 ∓ 1.959964 × 0.05 = [0.0020018, 0.1979982].
        Interval interval = DeLong.DifferenceOfIndependent((0.8, 0.001), (0.7, 0.0015));

        Assert.Multiple(() =>
        {
            Assert.That(interval.Lower, Is.EqualTo(0.0020018).Within(1e-7));
            Assert.That(interval.Upper, Is.EqualTo(0.1979982).Within(1e-7));
        });
    }

    [Test]
    public void The_difference_interval_is_clamped_to_minus_1_and_1()
    {
        Interval interval = DeLong.DifferenceOfIndependent((0.99, 0.1), (0.01, 0.1));

        Assert.That(interval.Upper, Is.EqualTo(1.0));
    }

    [Test]
    public void The_difference_rejects_a_negative_or_NaN_variance()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => DeLong.DifferenceOfIndependent((0.8, -0.001), (0.7, 0.001)), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => DeLong.DifferenceOfIndependent((0.8, 0.001), (0.7, double.NaN)), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void Covers_the_true_auroc_about_95_percent_of_the_time_on_binormal_data()
    {
        // 200 replications, 100 positives and 100 negatives each, true AUROC Φ(1/√2) = 0.76025. At true coverage 0.95
        // the observed rate has standard deviation √(0.95 × 0.05 / 200) = 0.0154; [0.90, 0.99] spans about −3.2 to +2.6
        // of them, wide enough for the normal approximation's small bias at this n and narrow enough to catch a
        // variance off by a factor of two (coverage about 0.83 or 0.994). The seed makes the count deterministic.
        double truth = Binormal.TrueAuroc(1.0);
        var random = new SeededRandom(SeededRandom.Derive(2024, "DeLong coverage"));
        int covered = 0;
        for (int replication = 0; replication < 200; replication++)
        {
            (double[] scores, bool[] labels) = Binormal.Sample(100, 100, 1.0, random);
            if (DeLong.AurocInterval(scores, labels).Contains(truth))
            {
                covered++;
            }
        }

        Assert.That(covered / 200.0, Is.InRange(0.90, 0.99));
    }

    [Test]
    public void Rejects_a_class_of_one()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => DeLong.Estimate([1.0, 2.0, 3.0], [true, false, false]), Throws.ArgumentException);
            Assert.That(() => DeLong.Estimate([1.0, 2.0, 3.0], [true, true, false]), Throws.ArgumentException);
        });
    }

    [Test]
    public void Rejects_what_Auroc_rejects()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => DeLong.Estimate([1.0, 2.0], [true]), Throws.ArgumentException);
            Assert.That(() => DeLong.Estimate([1.0, double.NaN, 2.0, 3.0], [true, true, false, false]), Throws.ArgumentException);
            Assert.That(() => DeLong.AurocInterval([1.0, 2.0], [false, false]), Throws.ArgumentException);
        });
    }

    [TestCase(0.0)]
    [TestCase(1.0)]
    [TestCase(-0.5)]
    [TestCase(double.NaN)]
    public void Rejects_a_level_outside_0_to_1(double level)
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => DeLong.AurocInterval(WorkedScores, WorkedLabels, level), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => DeLong.DifferenceOfIndependent((0.8, 0.001), (0.7, 0.001), level), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    /// <summary>DeLong's definition, over all pairs, with no tie groups: the check on the O(n log n) version.</summary>
    private static (double Auc, double Variance) BruteForceDeLong(double[] scores, bool[] labels)
    {
        double[] x = scores.Where((_, i) => labels[i]).ToArray();
        double[] y = scores.Where((_, i) => !labels[i]).ToArray();
        static double Psi(double a, double b) => a > b ? 1 : a == b ? 0.5 : 0;
        double[] v10 = x.Select(xi => y.Average(yj => Psi(xi, yj))).ToArray();
        double[] v01 = y.Select(yj => x.Average(xi => Psi(xi, yj))).ToArray();
        double auc = v10.Average();
        double s10 = v10.Sum(v => (v - auc) * (v - auc)) / (x.Length - 1);
        double s01 = v01.Sum(v => (v - auc) * (v - auc)) / (y.Length - 1);
        return (auc, (s10 / x.Length) + (s01 / y.Length));
    }

    [Test]
    public void A_constant_subject_gets_Wilsons_interval_around_one_half_over_the_smaller_class()
    {
        // All scores tied: AUROC 0.5 with DeLong variance 0. A zero-width interval would claim certainty the data do not
        // give, so the fallback is Wilson's interval for 0.5 over the smaller class (4 negatives): 2 of 4.
        Interval interval = DeLong.AurocInterval([1, 1, 1, 1, 1, 1, 1, 1, 1, 1], [true, true, true, true, true, true, false, false, false, false]);
        Interval wilson = Wilson.ScoreInterval(2, 4);

        Assert.Multiple(() =>
        {
            Assert.That(interval.Lower, Is.EqualTo(wilson.Lower).Within(1e-12));
            Assert.That(interval.Upper, Is.EqualTo(wilson.Upper).Within(1e-12));
        });
    }

    [Test]
    public void Zero_variances_are_allowed_and_give_a_point_difference()
    {
        Interval interval = DeLong.DifferenceOfIndependent((0.9, 0), (0.75, 0));

        Assert.Multiple(() =>
        {
            Assert.That(interval.Lower, Is.EqualTo(0.9 - 0.75));
            Assert.That(interval.Upper, Is.EqualTo(0.9 - 0.75));
        });
    }

    [Test]
    public void Refusals_say_what_is_wrong()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => DeLong.Estimate([0.1, 0.2, 0.3], [true, false, false]),
                Throws.ArgumentException.With.Message.Contains("DeLong's variance needs at least two positives and two negatives; there are 1 and 2."));
            Assert.That(() => DeLong.DifferenceOfIndependent((0.8, -0.001), (0.7, 0.001)),
                Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("A variance must be a non-negative number."));
        });
    }
}
