using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Statistics;

public class WilsonTests
{
    // 95% Wilson intervals to four decimals. 81/263 is example 1 of Newcombe (1998, Stat. Med. 17:857), score method.
    // The other two follow from the closed form with z = 1.959964 (z² = 3.841459):
    //   0/10: lower 0, upper z² / (n + z²) = 3.841459 / 13.841459 = 0.27753.
    //   5/10: centre ½, half-width z·√(0.025 + z²/400) / (1 + z²/10) = 1.959964 × 0.186022 / 1.384146 = 0.26341.
    [TestCase(0, 10, 0.0, 0.2775)]
    [TestCase(5, 10, 0.2366, 0.7634)]
    [TestCase(81, 263, 0.2553, 0.3662)]
    public void Matches_published_95_percent_intervals(int successes, int trials, double lower, double upper)
    {
        Interval interval = Wilson.ScoreInterval(successes, trials);

        Assert.Multiple(() =>
        {
            Assert.That(interval.Lower, Is.EqualTo(lower).Within(5e-5));
            Assert.That(interval.Upper, Is.EqualTo(upper).Within(5e-5));
        });
    }

    [Test]
    public void No_trials_give_the_whole_unit_interval()
    {
        Assert.That(Wilson.ScoreInterval(0, 0), Is.EqualTo(new Interval(0, 1)));
    }

    [Test]
    public void No_successes_give_a_lower_bound_of_exactly_0()
    {
        // Computed naively the lower bound of 0/100 is 3.5e-18, not 0; the upper bound is z²/(n + z²) = 0.036993.
        Interval interval = Wilson.ScoreInterval(0, 100);

        Assert.Multiple(() =>
        {
            Assert.That(interval.Lower, Is.EqualTo(0.0));
            Assert.That(interval.Upper, Is.EqualTo(0.036993).Within(1e-6));
        });
    }

    [Test]
    public void All_successes_give_an_upper_bound_of_exactly_1()
    {
        // Computed naively the upper bound of 10/10 is 0.9999999999999999; the interval mirrors 0/10's.
        Interval interval = Wilson.ScoreInterval(10, 10);

        Assert.Multiple(() =>
        {
            Assert.That(interval.Upper, Is.EqualTo(1.0));
            Assert.That(interval.Lower, Is.EqualTo(1 - 0.2775328).Within(1e-7));
        });
    }

    [Test]
    public void A_higher_level_gives_a_wider_interval()
    {
        Assert.That(Wilson.ScoreInterval(30, 100, 0.99).Width, Is.GreaterThan(Wilson.ScoreInterval(30, 100, 0.95).Width));
    }

    [Test]
    public void Negative_trials_are_named_as_the_bad_argument()
    {
        // Without its own check a negative count of trials would still be refused, by the successes ≤ trials check,
        // but the message would blame the successes.
        Assert.That(() => Wilson.ScoreInterval(0, -1), Throws.InstanceOf<ArgumentOutOfRangeException>()
            .With.Property(nameof(ArgumentException.ParamName)).EqualTo("trials"));
    }

    [TestCase(-1, 10)]
    [TestCase(11, 10)]
    [TestCase(0, -1)]
    public void Rejects_impossible_counts(int successes, int trials)
    {
        Assert.That(() => Wilson.ScoreInterval(successes, trials), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Rejects_a_level_outside_0_to_1()
    {
        Assert.That(() => Wilson.ScoreInterval(1, 2, 1.5), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void The_bounds_at_no_and_all_successes_are_exact_for_every_count_up_to_1000()
    {
        // Rounding leaves the computed bound a step inside [0, 1] for some counts (0 of 3, 10 of 10, ...): the pinning
        // must make every one of them exact, not only those where the arithmetic happens to land on 0 or 1.
        for (int trials = 1; trials <= 1000; trials++)
        {
            Assert.That(Wilson.ScoreInterval(0, trials).Lower, Is.EqualTo(0.0), $"0 of {trials}");
            Assert.That(Wilson.ScoreInterval(trials, trials).Upper, Is.EqualTo(1.0), $"{trials} of {trials}");
        }
    }
}
