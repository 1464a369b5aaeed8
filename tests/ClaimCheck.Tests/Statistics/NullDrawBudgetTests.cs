using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Statistics;

/// <summary>The null grows with the family so Holm's strictest level, α/m, stays reachable with room to spare.</summary>
public class NullDrawBudgetTests
{
    [TestCase(1, 200)]
    [TestCase(2, 399)]
    [TestCase(5, 999)]
    [TestCase(10, 1999)]
    [TestCase(50, 9999)]
    public void Draws_are_raised_so_ten_fall_beyond_the_strictest_level(int claims, int expected)
    {
        int draws = NullDrawBudget.Draws(declared: 200, alpha: 0.05, tests: claims);

        Assert.That(draws, Is.EqualTo(expected));
        Assert.That((draws + 1) * 0.05 / claims, Is.GreaterThanOrEqualTo(NullDrawBudget.DrawsBeyondStrictestLevel - 1e-9));
    }

    [Test]
    public void With_the_raised_draws_a_subject_that_beats_every_draw_survives_Holm_in_a_family_of_eleven()
    {
        // At 200 draws the floor 1/201 times 11 claims is 0.055: no claim of the family could ever hold.
        Assert.That(11.0 / 201, Is.GreaterThan(0.05));
        int draws = NullDrawBudget.Draws(200, 0.05, 11);

        double[] adjusted = MultipleTesting.Holm([.. Enumerable.Repeat(EmpiricalP.Upper(1.0, new double[draws]), 11)]);

        Assert.That(adjusted, Is.All.LessThanOrEqualTo(0.05));
    }

    [Test]
    public void A_larger_declared_number_is_kept()
    {
        Assert.That(NullDrawBudget.Draws(declared: 5000, alpha: 0.05, tests: 3), Is.EqualTo(5000));
    }

    [Test]
    public void Escalating_multiplies_the_draws_plus_one()
    {
        Assert.That(NullDrawBudget.Escalate(999), Is.EqualTo(3999));
    }

    [Test]
    public void Bad_arguments_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NullDrawBudget.Draws(200, 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => NullDrawBudget.Draws(200, 0.05, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => NullDrawBudget.Draws(-1, 0.05, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => NullDrawBudget.Draws(200, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => NullDrawBudget.Draws(200, double.NaN, 1));
    }

    [Test]
    public void The_smallest_valid_arguments_are_accepted()
    {
        // 0 declared draws, α just inside (0, 1) and a lone claim: (R + 1)·0.5 ≥ 10 needs R = 19.
        Assert.That(NullDrawBudget.Draws(0, 0.5, 1), Is.EqualTo(19));
    }

    [Test]
    public void A_budget_too_large_for_an_int_is_refused_rather_than_wrapped()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<OverflowException>(() => NullDrawBudget.Draws(200, 1e-9, 1000));
            Assert.Throws<OverflowException>(() => NullDrawBudget.Escalate(int.MaxValue / 2));
        });
    }

    [Test]
    public void An_alpha_outside_0_to_1_is_refused_with_its_range()
    {
        Assert.That(() => NullDrawBudget.Draws(200, 1.5, 5),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("α must lie in (0, 1)."));
    }
}
