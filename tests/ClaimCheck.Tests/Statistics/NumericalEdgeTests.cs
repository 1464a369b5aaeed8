using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Statistics;

/// <summary>
/// Intervals at the edges: levels near 1 and perfect AUROCs. Reference values from mpmath 1.3.0 at 50 significant
/// digits (python3): z = √2·erfinv(1 − 2·tail), checked by erfc(z/√2)/2 − tail below 1e-58, and Wilson's closed form
/// evaluated in the same precision.
/// </summary>
public class NumericalEdgeTests
{
    // level = 1 − 1e-9 as a double; 1 − level = 9.999999717180685e-10 exactly, so the upper tail is 4.9999998585903427e-10.
    private const double NearlyOne = 1 - 1e-9;

    [TestCase(5e-10, 6.10941020486939713)]
    [TestCase(1e-20, 9.2623400897984075796)]
    [TestCase(0.025, 1.9599639845400542118)]
    [TestCase(0.9, -1.2815515655446005935)]
    public void The_upper_tail_quantile_matches_mpmath(double tail, double expected)
    {
        Assert.That(Normal.UpperTailQuantile(tail), Is.EqualTo(expected).Within(4e-15 * Math.Abs(expected)));
    }

    [Test]
    public void The_Wilson_interval_at_level_one_minus_1e_minus_9_matches_mpmath()
    {
        // mpmath: z = 6.1094102093834491113947 for tail (1 − level)/2; 3 of 50 gives [0.0041900418480755649809, 0.4919444687738968746].
        // Taking Φ⁻¹ of 1 − tail instead rounds the tail to 5.000000413701855e-10 and the upper bound 1.27e-9 low.
        Interval interval = Wilson.ScoreInterval(3, 50, NearlyOne);

        Assert.Multiple(() =>
        {
            Assert.That(interval.Lower, Is.EqualTo(0.0041900418480755649809).Within(1e-15));
            Assert.That(interval.Upper, Is.EqualTo(0.4919444687738968746).Within(1e-14));
        });
    }

    [Test]
    public void A_perfect_AUROC_with_four_of_each_class_has_an_interval_that_reaches_1()
    {
        // The Wilson fallback's upper bound for θ = 1, n = 4 came out 0.9999999999999999 in doubles, one rounding step
        // below the estimate. Its lower bound is n / (n + z²) = 4 / (4 + 1.959963984540054²) = 0.51010916354540...
        (double[] scores, bool[] labels) = Separated(4, 4, positivesAbove: true);

        Interval interval = DeLong.AurocInterval(scores, labels);

        Assert.That(interval.Upper, Is.EqualTo(1.0));
        Assert.That(interval.Lower, Is.EqualTo(4 / (4 + (1.959963984540054 * 1.959963984540054))).Within(1e-14));
    }

    [Test]
    public void Every_interval_holds_its_own_estimate_at_both_perfect_edges()
    {
        var missing = new List<string>();
        foreach (bool above in new[] { true, false })
        {
            for (int positives = 2; positives <= 80; positives++)
            {
                for (int negatives = positives; negatives <= positives + 3; negatives++)
                {
                    (double[] scores, bool[] labels) = Separated(positives, negatives, above);
                    double estimate = DeLong.Estimate(scores, labels).Auroc;
                    Interval interval = DeLong.AurocInterval(scores, labels);
                    if (!interval.Contains(estimate) || interval.Lower < 0 || interval.Upper > 1)
                    {
                        missing.Add($"{positives}+/{negatives}-: {estimate:R} not in [{interval.Lower:R}, {interval.Upper:R}]");
                    }
                }
            }
        }

        Assert.That(missing, Is.Empty);
    }

    private static (double[] Scores, bool[] Labels) Separated(int positives, int negatives, bool positivesAbove)
    {
        double[] scores = [.. Enumerable.Range(0, positives + negatives).Select(i => (double)i)];
        bool[] labels = [.. Enumerable.Range(0, positives + negatives).Select(i => positivesAbove ? i >= negatives : i < positives)];
        return (scores, labels);
    }
}
