using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Statistics;

/// <summary>Empirical p-values judged by their Monte Carlo interval, so the luck of the draws does not decide.</summary>
public class MonteCarloPTests
{
    private static double P(int exceeding, int draws) => (1.0 + exceeding) / (1.0 + draws);

    [Test]
    public void A_subject_that_beats_every_draw_passes()
    {
        Assert.That(MonteCarloP.Decide(P(0, 200), P(0, 200), 200, 0.05), Is.EqualTo(MonteCarloDecision.BeatsNull));
    }

    [Test]
    public void A_subject_that_beats_every_draw_of_a_family_sized_null_passes_at_the_families_scale()
    {
        // Family of 5 at α = 0.05: 999 draws, Holm multiplies the smallest p by 5.
        double raw = P(0, 999);

        Assert.That(MonteCarloP.Decide(raw, 5 * raw, 999, 0.05), Is.EqualTo(MonteCarloDecision.BeatsNull));
    }

    [Test]
    public void A_p_far_above_the_level_is_no_better_than_the_null()
    {
        Assert.That(MonteCarloP.Decide(P(60, 200), P(60, 200), 200, 0.05), Is.EqualTo(MonteCarloDecision.NoBetterThanNull));
    }

    [Test]
    public void A_p_near_the_level_is_undecided_where_the_bare_point_would_pass()
    {
        double p = P(7, 200); // 0.0398: under α as a point, but 7 of 200 is compatible with a true p of 0.08

        Assert.That(p, Is.LessThan(0.05));
        Assert.That(MonteCarloP.Decide(p, p, 200, 0.05), Is.EqualTo(MonteCarloDecision.Undecided));
    }

    [Test]
    public void More_draws_decide_what_fewer_could_not()
    {
        Assert.That(MonteCarloP.Decide(P(6, 200), P(6, 200), 200, 0.05), Is.EqualTo(MonteCarloDecision.Undecided));
        Assert.That(MonteCarloP.Decide(P(96, 3200), P(96, 3200), 3200, 0.05), Is.EqualTo(MonteCarloDecision.BeatsNull));
    }

    [Test]
    public void The_family_scale_can_make_a_passing_p_fail()
    {
        double raw = P(14, 999); // 0.015 alone; Holm × 5 = 0.075

        Assert.That(MonteCarloP.Decide(raw, raw, 999, 0.05), Is.EqualTo(MonteCarloDecision.BeatsNull));
        Assert.That(MonteCarloP.Decide(raw, 5 * raw, 999, 0.05), Is.Not.EqualTo(MonteCarloDecision.BeatsNull));
    }
}
