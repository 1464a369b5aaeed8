using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Statistics;

public class IntervalTests
{
    [Test]
    public void Contains_its_bounds_and_what_lies_between()
    {
        var interval = new Interval(0.2, 0.6);

        Assert.Multiple(() =>
        {
            Assert.That(interval.Contains(0.2), Is.True);
            Assert.That(interval.Contains(0.4), Is.True);
            Assert.That(interval.Contains(0.6), Is.True);
            Assert.That(interval.Contains(0.19), Is.False);
            Assert.That(interval.Contains(0.61), Is.False);
            Assert.That(interval.Contains(double.NaN), Is.False);
        });
    }

    [Test]
    public void The_width_is_upper_minus_lower()
    {
        Assert.That(new Interval(0.25, 0.75).Width, Is.EqualTo(0.5));
    }
}
