using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Statistics;

public class LabelledValuesTests
{
    private static readonly double[] Values = [1.5, -2, 4, 0.5, 3];
    private static readonly bool[] Labels = [true, false, true, false, true];

    [Test]
    public void Picks_one_class_in_sample_order()
    {
        Assert.Multiple(() =>
        {
            Assert.That(LabelledValues.Of(Values, Labels, true), Is.EqualTo(new[] { 1.5, 4, 3 }));
            Assert.That(LabelledValues.Of(Values, Labels, false), Is.EqualTo(new[] { -2, 0.5 }));
        });
    }

    [Test]
    public void The_mean_of_one_class()
    {
        // (1.5 + 4 + 3) / 3 = 8.5 / 3; (−2 + 0.5) / 2 = −0.75.
        Assert.Multiple(() =>
        {
            Assert.That(LabelledValues.MeanOf(Values, Labels, true), Is.EqualTo(8.5 / 3).Within(1e-15));
            Assert.That(LabelledValues.MeanOf(Values, Labels, false), Is.EqualTo(-0.75));
        });
    }

    [Test]
    public void The_mean_of_an_empty_class_is_NaN()
    {
        Assert.That(LabelledValues.MeanOf([1.0, 2.0], [true, true], false), Is.NaN);
    }
}
