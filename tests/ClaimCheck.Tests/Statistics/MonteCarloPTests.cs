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

    [Test]
    public void Without_draws_the_p_is_exact_and_decided_as_a_point()
    {
        // An exact null (every permutation enumerated) has no Monte Carlo error: the adjusted p meets α or it does not.
        Assert.Multiple(() =>
        {
            Assert.That(MonteCarloP.Decide(0.03, 0.03, 0, 0.05), Is.EqualTo(MonteCarloDecision.BeatsNull));
            Assert.That(MonteCarloP.Decide(0.01, 0.05, 0, 0.05), Is.EqualTo(MonteCarloDecision.BeatsNull), "p = α passes");
            Assert.That(MonteCarloP.Decide(0.01, 0.06, 0, 0.05), Is.EqualTo(MonteCarloDecision.NoBetterThanNull));
        });
    }

    [Test]
    public void An_upper_bound_exactly_at_the_level_beats_the_null()
    {
        // 0 of 200 at 99%: [0, 0.03211] (statsmodels proportion_confint(0, 200, alpha=0.01, method="wilson")).
        double upper = Wilson.ScoreInterval(0, 200, MonteCarloP.Confidence).Upper;
        Assert.That(upper, Is.EqualTo(0.03210927442634307).Within(1e-12));

        Assert.Multiple(() =>
        {
            Assert.That(MonteCarloP.Decide(P(0, 200), P(0, 200), 200, upper), Is.EqualTo(MonteCarloDecision.BeatsNull));
            Assert.That(MonteCarloP.Decide(P(0, 200), P(0, 200), 200, 0.032), Is.EqualTo(MonteCarloDecision.Undecided));
        });
    }

    [Test]
    public void Only_a_lower_bound_strictly_above_the_level_is_no_better_than_the_null()
    {
        // 60 of 200 at 99%: [0.22406, 0.38879]; 59 of 200: [0.21960, 0.38357] (statsmodels, Wilson).
        double lower = Wilson.ScoreInterval(60, 200, MonteCarloP.Confidence).Lower;
        Assert.That(lower, Is.EqualTo(0.224055673416783).Within(1e-12));

        Assert.Multiple(() =>
        {
            Assert.That(MonteCarloP.Decide(P(60, 200), P(60, 200), 200, lower), Is.EqualTo(MonteCarloDecision.Undecided));
            // Between the bounds of 59 and of 60 exceedances: the count recovered from p must be 60, not 59.
            Assert.That(MonteCarloP.Decide(P(60, 200), P(60, 200), 200, 0.222), Is.EqualTo(MonteCarloDecision.NoBetterThanNull));
        });
    }

    [Test]
    public void The_count_of_exceeding_draws_is_recovered_from_p()
    {
        // 6, 7 and 8 of 200 at 99%: upper bounds 0.0792, 0.0861, 0.0929 (statsmodels, Wilson). At α = 0.083 only a
        // count of 6 passes; at α = 0.09, 6 and 7 do.
        Assert.Multiple(() =>
        {
            Assert.That(MonteCarloP.Decide(P(6, 200), P(6, 200), 200, 0.083), Is.EqualTo(MonteCarloDecision.BeatsNull));
            Assert.That(MonteCarloP.Decide(P(7, 200), P(7, 200), 200, 0.083), Is.EqualTo(MonteCarloDecision.Undecided));
            Assert.That(MonteCarloP.Decide(P(7, 200), P(7, 200), 200, 0.09), Is.EqualTo(MonteCarloDecision.BeatsNull));
            Assert.That(MonteCarloP.Decide(P(8, 200), P(8, 200), 200, 0.09), Is.EqualTo(MonteCarloDecision.Undecided));
        });
    }

    [Test]
    public void A_p_of_0_is_a_subject_that_no_draw_reached()
    {
        // Below 1/(R + 1) the count clamps to 0: 0 of 999 at 99% has upper bound 0.0066.
        Assert.That(MonteCarloP.Decide(0, 0, 999, 0.05), Is.EqualTo(MonteCarloDecision.BeatsNull));
    }

    [Test]
    public void An_adjusted_p_below_the_raw_one_never_loosens_the_decision()
    {
        // 7 of 200: [0.0138, 0.0861] straddles 0.05; halved it would lie under it, but the scale is at least 1.
        Assert.That(MonteCarloP.Decide(P(7, 200), P(7, 200) / 2, 200, 0.05), Is.EqualTo(MonteCarloDecision.Undecided));
    }

    [Test]
    public void The_family_scale_multiplies_both_bounds()
    {
        // 20 of 999: [0.01138, 0.03500]; × 5 = [0.0569, 0.175], wholly above 0.05. 11 of 999: [0.00517, 0.02331];
        // × 5 = [0.0258, 0.117], straddling it.
        Assert.Multiple(() =>
        {
            Assert.That(MonteCarloP.Decide(P(20, 999), P(20, 999), 999, 0.05), Is.EqualTo(MonteCarloDecision.BeatsNull));
            Assert.That(MonteCarloP.Decide(P(20, 999), 5 * P(20, 999), 999, 0.05), Is.EqualTo(MonteCarloDecision.NoBetterThanNull));
            Assert.That(MonteCarloP.Decide(P(11, 999), 5 * P(11, 999), 999, 0.05), Is.EqualTo(MonteCarloDecision.Undecided));
        });
    }
}
