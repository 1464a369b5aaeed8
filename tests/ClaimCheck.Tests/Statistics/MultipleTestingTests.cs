using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Statistics;

public class MultipleTestingTests
{
    private static readonly double[] P = [0.01, 0.04, 0.03, 0.005, 0.2];

    [Test]
    public void Holm_matches_R_p_adjust()
    {
        // Sorted: 0.005, 0.01, 0.03, 0.04, 0.2 with multipliers 5, 4, 3, 2, 1:
        //   0.025, 0.04, 0.09, 0.08, 0.2; running max: 0.025, 0.04, 0.09, 0.09, 0.2.
        // Back in input order (0.01, 0.04, 0.03, 0.005, 0.2): 0.04, 0.09, 0.09, 0.025, 0.2,
        // as p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.2), "holm") gives.
        Assert.That(MultipleTesting.Holm(P), Is.EqualTo(new[] { 0.04, 0.09, 0.09, 0.025, 0.2 }).Within(1e-12));
    }

    [Test]
    public void Benjamini_Hochberg_matches_R_p_adjust()
    {
        // Sorted: 0.005, 0.01, 0.03, 0.04, 0.2 with factors 5/1, 5/2, 5/3, 5/4, 5/5:
        //   0.025, 0.025, 0.05, 0.05, 0.2; running min from the largest: 0.025, 0.025, 0.05, 0.05, 0.2.
        // Back in input order: 0.025, 0.05, 0.05, 0.025, 0.2, as p.adjust(..., "BH") gives.
        Assert.That(MultipleTesting.BenjaminiHochberg(P), Is.EqualTo(new[] { 0.025, 0.05, 0.05, 0.025, 0.2 }).Within(1e-12));
    }

    [Test]
    public void A_larger_unsorted_family_with_ties_matches_statsmodels()
    {
        // statsmodels.stats.multitest.multipletests(p, method="holm") and (p, method="fdr_bh"), which agree with R's p.adjust.
        double[] p = [0.041, 0.0008, 0.3, 0.012, 0.012, 0.049, 0.9, 0.0031, 0.2, 0.027];
        Assert.Multiple(() =>
        {
            Assert.That(MultipleTesting.Holm(p), Is.EqualTo(new[] { 0.205, 0.008, 0.6, 0.096, 0.096, 0.205, 0.9, 0.0279, 0.6, 0.162 }).Within(1e-12));
            Assert.That(
                MultipleTesting.BenjaminiHochberg(p),
                Is.EqualTo(new[] { 0.041 / 0.6, 0.008, 1.0 / 3, 0.03, 0.03, 0.07, 0.9, 0.0155, 0.25, 0.054 }).Within(1e-12));
        });
    }

    [Test]
    public void The_ends_of_the_unit_interval_are_valid_p_values()
    {
        // An exact test can give p = 0, and p = 1 is the p of a claim that could not be evaluated.
        // statsmodels: holm [0, 1, 0.04], fdr_bh [0, 1, 0.03].
        Assert.Multiple(() =>
        {
            Assert.That(MultipleTesting.Holm([0.0, 1.0, 0.02]), Is.EqualTo(new[] { 0.0, 1.0, 0.04 }).Within(1e-15));
            Assert.That(MultipleTesting.BenjaminiHochberg([0.0, 1.0, 0.02]), Is.EqualTo(new[] { 0.0, 1.0, 0.03 }).Within(1e-15));
        });
    }

    [Test]
    public void Holm_caps_at_1()
    {
        // 3 × 0.4 = 1.2 → 1; then max(1, 2 × 0.5) = 1; then max(1, 0.9) = 1.
        Assert.That(MultipleTesting.Holm([0.5, 0.4, 0.9]), Is.EqualTo(new[] { 1.0, 1.0, 1.0 }));
    }

    [Test]
    public void Benjamini_Hochberg_keeps_a_large_p_value_at_most_1()
    {
        // Largest stays 1 × 1.0 = 1; 0.9 × 2/1 = 1.8 → min(1, 1.8) = 1.
        Assert.That(MultipleTesting.BenjaminiHochberg([0.9, 1.0]), Is.EqualTo(new[] { 1.0, 1.0 }));
    }

    [Test]
    public void Tied_p_values_get_equal_adjustments()
    {
        // Holm: 3 × 0.02 = 0.06, max(0.06, 2 × 0.02) = 0.06, 1 × 0.5 = 0.5.
        // BH: 0.5; 3/2 × 0.02 = 0.03; min(0.03, 3 × 0.02) = 0.03.
        Assert.Multiple(() =>
        {
            Assert.That(MultipleTesting.Holm([0.02, 0.5, 0.02]), Is.EqualTo(new[] { 0.06, 0.5, 0.06 }).Within(1e-15));
            Assert.That(MultipleTesting.BenjaminiHochberg([0.02, 0.5, 0.02]), Is.EqualTo(new[] { 0.03, 0.5, 0.03 }).Within(1e-15));
        });
    }

    [Test]
    public void A_single_p_value_is_unchanged()
    {
        Assert.Multiple(() =>
        {
            Assert.That(MultipleTesting.Holm([0.03]), Is.EqualTo(new[] { 0.03 }));
            Assert.That(MultipleTesting.BenjaminiHochberg([0.03]), Is.EqualTo(new[] { 0.03 }));
        });
    }

    [Test]
    public void An_empty_family_gives_an_empty_result()
    {
        Assert.Multiple(() =>
        {
            Assert.That(MultipleTesting.Holm([]), Is.Empty);
            Assert.That(MultipleTesting.BenjaminiHochberg([]), Is.Empty);
        });
    }

    [TestCase(double.NaN)]
    [TestCase(-0.1)]
    [TestCase(1.5)]
    public void Rejects_a_value_that_is_not_a_probability(double bad)
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => MultipleTesting.Holm([0.01, bad]), Throws.ArgumentException);
            Assert.That(() => MultipleTesting.BenjaminiHochberg([0.01, bad]), Throws.ArgumentException);
        });
    }

    [Test]
    public void A_p_value_outside_0_to_1_is_refused_with_its_position()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => MultipleTesting.Holm([0.5, 2]),
                Throws.ArgumentException.With.Message.Contains("p-value 1 is 2; p-values must lie in [0, 1]."));
            Assert.That(() => MultipleTesting.BenjaminiHochberg([-1, 0.5]),
                Throws.ArgumentException.With.Message.Contains("p-value 0 is -1; p-values must lie in [0, 1]."));
        });
    }
}
