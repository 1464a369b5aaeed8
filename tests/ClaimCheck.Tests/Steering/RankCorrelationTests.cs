using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Steering;

/// <summary>The monotonicity figure: Spearman's ρ of a curve's values with their order, against values worked by hand.</summary>
public class RankCorrelationTests
{
    [TestCase(new[] { 1.0, 2, 3, 4 }, 1.0)]
    [TestCase(new[] { 4.0, 3, 2, 1 }, -1.0)]
    [TestCase(new[] { 1.0, 3, 2 }, 0.5)]          // ranks (0, 2, 1) against (0, 1, 2): 1 − 6·2 / (3·8) = 0.5
    [TestCase(new[] { 2.0, 2, 2 }, 0.0)]          // a flat curve
    [TestCase(new[] { 5.0 }, 0.0)]                // one strength: no trend
    [TestCase(new[] { 1.0, 2, 2, 3 }, 0.94868329805051377)] // ties share their mean rank (0, 1.5, 1.5, 3): ρ = 4.5 / √(4.5·5) = 3/√10
    public void Spearman_of_a_curve_with_its_order(double[] values, double expected)
    {
        Assert.That(RankCorrelation.WithOrder(values), Is.EqualTo(expected).Within(1e-12));
    }
}
