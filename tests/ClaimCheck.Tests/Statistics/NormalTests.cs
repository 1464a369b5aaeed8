using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Statistics;

public class NormalTests
{
    [Test]
    public void The_975_percent_quantile_is_1_959964()
    {
        Assert.That(Normal.Quantile(0.975), Is.EqualTo(1.959964).Within(1e-6));
    }

    [Test]
    public void The_cdf_at_1_96_is_0_9750021()
    {
        Assert.That(Normal.Cdf(1.96), Is.EqualTo(0.9750021).Within(1e-7));
    }

    // Reference values to 16+ significant digits from mpmath.ncdf at 30 decimal digits; the tolerance is relative,
    // so the deep tail (where an absolute 1e-7 would accept 0) is held to the same standard as the centre.
    [TestCase(0.0, 0.5)]
    [TestCase(1.96, 0.975002104851779563787)]
    [TestCase(-1.0, 0.158655253931457051415)]
    [TestCase(2.0, 0.977249868051820792800)]
    [TestCase(-2.5, 0.00620966532577613516698)]
    [TestCase(-3.0, 0.00134989803163009452665)]
    [TestCase(-5.0, 2.86651571879193911674e-7)]
    [TestCase(-10.0, 7.61985302416052606597e-24)]
    [TestCase(-37.0, 5.72557122252457682268e-300)]
    public void The_cdf_matches_reference_values_to_1e_12_relative(double x, double expected)
    {
        Assert.That(Normal.Cdf(x), Is.EqualTo(expected).Within(1e-12 * expected));
    }

    [Test]
    public void The_cdf_handles_infinities_and_NaN()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Normal.Cdf(double.NegativeInfinity), Is.EqualTo(0.0));
            Assert.That(Normal.Cdf(double.PositiveInfinity), Is.EqualTo(1.0));
            Assert.That(Normal.Cdf(double.NaN), Is.NaN);
        });
    }

    [Test]
    public void The_upper_tail_keeps_precision_where_1_minus_cdf_would_not()
    {
        // 1 − Φ(10) in doubles is 0; the tail itself is Φ(−10) = 7.62e-24.
        Assert.That(Normal.UpperTail(10), Is.EqualTo(7.61985302416052606597e-24).Within(1e-12 * 7.62e-24));
    }

    [Test]
    public void The_density_at_0_and_1_matches_the_formula()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Normal.Density(0), Is.EqualTo(0.398942280401432677940).Within(1e-16));
            Assert.That(Normal.Density(-1), Is.EqualTo(0.241970724519143349798).Within(1e-16));
        });
    }

    // Far in the tail exp(−x²/2) computed directly loses about x²·ε relative (x² is rounded before the exponential);
    // splitting x into a multiple of 1/16 and a small rest keeps it to a few ulps. Reference: mpmath's npdf at 50 digits
    // of the same doubles. A coarser split (x/16 instead of x·16) is off by 1e-14 at x = 30.
    [TestCase(10.003, 7.467155267461412293438e-23)]
    [TestCase(20.003, 5.199409961834627023074e-88)]
    [TestCase(25.003, 7.100851503875825400909e-137)]
    [TestCase(30.003, 1.346805098083332743264e-196)]
    public void The_density_far_in_the_tail_is_accurate_to_a_few_ulps(double x, double expected)
    {
        Assert.That(Normal.Density(x), Is.EqualTo(expected).Within(1e-15 * expected));
    }

    // Reference quantiles from mpmath (−√2 · erfinv(1 − 2p)) at 30 digits.
    [TestCase(0.5, 0.0)]
    [TestCase(0.975, 1.95996398454005385560)]
    [TestCase(0.001, -3.09023230616781353536)]
    [TestCase(1e-10, -6.36134090240405619910)]
    [TestCase(0.999999, 4.75342430881708776569)]
    public void The_quantile_matches_reference_values(double p, double expected)
    {
        Assert.That(Normal.Quantile(p), Is.EqualTo(expected).Within(1e-12 * Math.Max(1, Math.Abs(expected))));
    }

    [Test]
    public void The_quantile_inverts_the_cdf_from_the_centre_to_the_far_tails()
    {
        // Not far into the upper tail: there Φ(x) is within a few ulps of 1 and the rounding of p itself, not the
        // quantile, limits how well x can come back (Φ(8) = 1 − 6.2e-16 is stored as 1 − 6.7e-16).
        foreach (double x in new[] { -37.5, -20, -8, -3.3, -1, -0.01, 0.3, 2.4, 2.6, 5 })
        {
            Assert.That(Normal.Quantile(Normal.Cdf(x)), Is.EqualTo(x).Within(1e-9 * Math.Max(1, Math.Abs(x))), $"x = {x}");
        }
    }

    [Test]
    public void The_quantile_is_antisymmetric()
    {
        // Not to the last bit: 1 − 0.975 is 0.025000000000000022 in doubles, and Φ near ±1.96 carries ~1e-15 rounding.
        Assert.That(Normal.Quantile(0.025), Is.EqualTo(-Normal.Quantile(0.975)).Within(1e-14));
    }

    [TestCase(0.0)]
    [TestCase(1.0)]
    [TestCase(-0.2)]
    [TestCase(1.2)]
    [TestCase(double.NaN)]
    public void The_quantile_rejects_p_outside_the_open_unit_interval(double p)
    {
        Assert.That(() => Normal.Quantile(p), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void The_quantile_rejection_says_what_a_valid_probability_is()
    {
        Assert.That(() => Normal.Quantile(1.5), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("strictly between 0 and 1"));
    }

    [TestCase(0.0)]
    [TestCase(1.0)]
    [TestCase(-0.2)]
    [TestCase(1.2)]
    [TestCase(double.NaN)]
    public void The_upper_tail_quantile_rejects_tails_outside_the_open_unit_interval(double tail)
    {
        Assert.That(() => Normal.UpperTailQuantile(tail),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property(nameof(ArgumentException.ParamName)).EqualTo("tail")
                .And.Message.Contains("strictly between 0 and 1"));
    }

    [Test]
    public void The_median_is_exactly_positive_zero()
    {
        // Not merely within rounding of 0 (Halley's method from the starting point would stop at about 2e-18), and not
        // −0, which prints as "-0" in a report.
        Assert.Multiple(() =>
        {
            Assert.That(BitConverter.DoubleToInt64Bits(Normal.Quantile(0.5)), Is.Zero);
            Assert.That(BitConverter.DoubleToInt64Bits(Normal.UpperTailQuantile(0.5)), Is.Zero);
        });
    }

    // The smallest tails are subnormal doubles of a bit or three; the quantile must land where the tail rounds back to
    // them. Q⁻¹(4.9e-324) ≈ 38.4674 (mpmath), and a point 0.2 further out already has a tail that rounds to 0.
    [TestCase(double.Epsilon)]
    [TestCase(1e-323)]
    [TestCase(1e-322)]
    public void The_upper_tail_quantile_inverts_the_smallest_tails(double tail)
    {
        double z = Normal.UpperTailQuantile(tail);

        Assert.Multiple(() =>
        {
            Assert.That(Normal.UpperTail(z), Is.EqualTo(tail), $"z = {z:R}");
            Assert.That(Normal.Quantile(tail), Is.EqualTo(-z));
        });
    }

    // Reference tails from mpmath.ncdf(−x) at 40 digits. Between 3 and 37 the continued fraction and the split density
    // give Q to within a few ulps (the largest error seen on a grid of half-integers is 9e-16); 2e-15 leaves room for a
    // different exp but not for a continued fraction that keeps iterating after it has converged (which drifts ~1e-14).
    [TestCase(4.0, 3.16712418331199212538e-5)]
    [TestCase(9.0, 1.12858840595384064774e-19)]
    [TestCase(16.0, 6.38875440053808728128e-58)]
    [TestCase(17.5, 7.16345876623503584536e-69)]
    [TestCase(20.0, 2.75362411860623369508e-89)]
    [TestCase(25.0, 3.0566967063825609164e-138)]
    [TestCase(33.0, 4.0611856209158550885e-239)]
    [TestCase(36.0, 4.18262406579728333174e-284)]
    public void The_upper_tail_is_accurate_to_a_few_ulps_in_the_continued_fraction_range(double x, double expected)
    {
        Assert.That(Normal.UpperTail(x), Is.EqualTo(expected).Within(2e-15 * expected));
    }

    [Test]
    public void The_density_vanishes_at_the_far_ends_and_propagates_NaN()
    {
        // exp(−x²/2) underflows long before; the point is that ±∞ and x too large for 16x give 0, not ∞ − ∞ = NaN.
        Assert.Multiple(() =>
        {
            Assert.That(Normal.Density(double.PositiveInfinity), Is.EqualTo(0.0));
            Assert.That(Normal.Density(double.NegativeInfinity), Is.EqualTo(0.0));
            Assert.That(Normal.Density(1e308), Is.EqualTo(0.0));
            Assert.That(Normal.Density(40), Is.EqualTo(0.0));
            Assert.That(Normal.Density(double.NaN), Is.NaN);
        });
    }
}
