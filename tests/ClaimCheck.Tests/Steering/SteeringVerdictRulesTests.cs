using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Evidence.Steering;
using ClaimCheck.Statistics;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Tests.Steering;

/// <summary>
/// The steering verdict rules on evidence built by hand, one finding at a time: each reading of docs/verdicts.md,
/// including "not significant is never Refuted" and the undecided Monte Carlo case (CLM4303, which the runner escalates).
/// </summary>
public class SteeringVerdictRulesTests
{
    private static readonly SteeringSettings Settings = new() { DecisionStrength = 1 };

    /// <summary>Null effects 0, 0.01, …, 1.99: the 95th percentile is about 1.9.</summary>
    private static readonly double[] NullEffects = [.. Enumerable.Range(0, 200).Select(i => i / 100.0)];

    private static SteeringEvidence Evidence(
        double mean,
        Interval interval,
        int examples = 200,
        IReadOnlyList<SideEffect>? sides = null,
        IReadOnlyList<DoseStep>? steps = null,
        double? p = null)
    {
        double[] strengths = [0.5, 1, 2];
        return new SteeringEvidence
        {
            Split = "held-out",
            ReferenceSplit = "held-out",
            Subject = "direction 'd' in layer",
            Concept = "c",
            Readout = "c",
            Scale = 4,
            Examples = examples,
            DoseResponse = [.. strengths.Select(a => new DosePoint(a, mean * a, new Interval(interval.Lower * a, interval.Upper * a)))],
            Steps = steps ?? [new DoseStep(0.5, 1, mean / 2, new Interval(0.1, 1)), new DoseStep(1, 2, mean, new Interval(0.1, 1))],
            DecisionStrength = 1,
            DecisionEffects = [mean],
            Null = new SteeringNull
            {
                Effects = NullEffects,
                P = p ?? EmpiricalP.Upper(mean, NullEffects),
                Mean = NullEffects.Average(),
                Quantile95 = Descriptive.Quantile(NullEffects, 0.95),
                Description = "200 random unit directions in layer",
            },
            SideEffects = sides ?? [],
            Monotonicity = 1,
            Path = AblationPath.Suffix,
            Seed = 1,
        };
    }

    private static (Verdict Verdict, string[] Ids) Decide(SteeringEvidence evidence, SteeringSettings? settings = null, double familyFactor = 1)
    {
        (Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) = SteeringVerdictRules.Decide(evidence, settings ?? Settings, familyFactor);
        return (verdict, [.. diagnostics.Where(d => d.Severity != Severity.Info).Select(d => d.Id)]);
    }

    [Test]
    public void An_effect_beyond_every_null_draw_and_clear_of_the_minimum_holds()
    {
        Assert.That(Decide(Evidence(3, new Interval(2.8, 3.2))), Is.EqualTo((Verdict.Holds, Array.Empty<string>())));
    }

    [Test]
    public void Too_few_examples_is_inconclusive()
    {
        Assert.That(Decide(Evidence(3, new Interval(2.8, 3.2), examples: 29)), Is.EqualTo((Verdict.Inconclusive, new[] { DiagnosticIds.TooFewExamples })));
    }

    [Test]
    public void An_effect_whose_interval_lies_below_the_nulls_quantile_is_refuted()
    {
        Assert.That(Decide(Evidence(1, new Interval(0.9, 1.1))), Is.EqualTo((Verdict.Refuted, new[] { SteeringDiagnosticIds.NoBetterThanNull })));
    }

    [Test]
    public void An_effect_clearly_below_the_minimum_is_refuted()
    {
        Assert.That(Decide(Evidence(3, new Interval(2.8, 3.2)), Settings with { MinEffect = 5 }),
            Is.EqualTo((Verdict.Refuted, new[] { SteeringDiagnosticIds.BelowMinimum })));
    }

    [Test]
    public void Not_significant_after_the_family_adjustment_is_inconclusive_never_refuted()
    {
        // 15 of 200 draws at or above 1.85: raw p = 16/201; × 4 for the family, clearly over 0.05.
        SteeringEvidence evidence = Evidence(1.85, new Interval(1.80, 1.95));

        Assert.That(Decide(evidence, familyFactor: 4), Is.EqualTo((Verdict.Inconclusive, new[] { SteeringDiagnosticIds.NotSignificant })));
    }

    [Test]
    public void A_p_too_close_to_alpha_is_undecided_with_the_shared_id_the_runner_escalates()
    {
        SteeringEvidence evidence = Evidence(1.85, new Interval(1.80, 1.95));

        Assert.That(Decide(evidence), Is.EqualTo((Verdict.Inconclusive, new[] { DiagnosticIds.NullComparisonUndecided })));
    }

    [Test]
    public void An_interval_reaching_the_minimum_is_inconclusive()
    {
        Assert.That(Decide(Evidence(3, new Interval(2.8, 3.2)), Settings with { MinEffect = 2.9 }),
            Is.EqualTo((Verdict.Inconclusive, new[] { SteeringDiagnosticIds.StraddlesMinimum })));
    }

    [Test]
    public void A_side_effect_shown_larger_is_brittle_and_an_undecided_one_inconclusive()
    {
        var larger = new SideEffect("other", 4, new Interval(3.9, 4.1), 4 / 3.0, -1, new Interval(-1.2, -0.8));
        var close = new SideEffect("near", 2.9, new Interval(2.7, 3.1), 2.9 / 3, 0.1, new Interval(-0.1, 0.3));
        var small = new SideEffect("small", 0.5, new Interval(0.4, 0.6), 0.5 / 3, 2.5, new Interval(2.3, 2.7));

        Assert.Multiple(() =>
        {
            Assert.That(Decide(Evidence(3, new Interval(2.8, 3.2), sides: [small, larger, close])),
                Is.EqualTo((Verdict.Brittle, new[] { SteeringDiagnosticIds.SideEffectLarger, SteeringDiagnosticIds.SideEffectUndecided })));
            Assert.That(Decide(Evidence(3, new Interval(2.8, 3.2), sides: [small, close])),
                Is.EqualTo((Verdict.Inconclusive, new[] { SteeringDiagnosticIds.SideEffectUndecided })));
            Assert.That(Decide(Evidence(3, new Interval(2.8, 3.2), sides: [small])), Is.EqualTo((Verdict.Holds, Array.Empty<string>())));
        });
    }

    [Test]
    public void A_response_shown_to_fall_up_to_the_decision_strength_is_brittle()
    {
        DoseStep[] falls = [new DoseStep(0.5, 1, -0.5, new Interval(-0.7, -0.3)), new DoseStep(1, 2, 1, new Interval(0.5, 1.5))];

        Assert.That(Decide(Evidence(3, new Interval(2.8, 3.2), steps: falls)), Is.EqualTo((Verdict.Brittle, new[] { SteeringDiagnosticIds.NotMonotone })));
    }

    [Test]
    public void A_flat_step_is_no_evidence_against_monotonicity()
    {
        DoseStep[] flat = [new DoseStep(0.5, 1, -0.01, new Interval(-0.2, 0.2)), new DoseStep(1, 2, 0, new Interval(-0.1, 0.1))];

        Assert.That(Decide(Evidence(3, new Interval(2.8, 3.2), steps: flat)), Is.EqualTo((Verdict.Holds, Array.Empty<string>())));
    }

    [Test]
    public void A_fall_beyond_the_decision_strength_is_information_only()
    {
        DoseStep[] over = [new DoseStep(0.5, 1, 1, new Interval(0.5, 1.5)), new DoseStep(1, 2, -1, new Interval(-1.5, -0.5))];
        (Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) = SteeringVerdictRules.Decide(Evidence(3, new Interval(2.8, 3.2), steps: over), Settings, 1);

        Assert.That(verdict, Is.EqualTo(Verdict.Holds));
        Assert.That(diagnostics.Select(d => (d.Id, d.Severity)), Is.EqualTo(new[] { (SteeringDiagnosticIds.FallsBeyondDecision, Severity.Info) }));
    }

    [Test]
    public void A_refuted_direction_is_not_said_to_over_steer()
    {
        DoseStep[] falling = [new DoseStep(0.5, 1, -1, new Interval(-1.5, -0.5)), new DoseStep(1, 2, -1, new Interval(-1.5, -0.5))];
        (Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) = SteeringVerdictRules.Decide(Evidence(-1, new Interval(-1.1, -0.9), steps: falling), Settings, 1);

        Assert.That(verdict, Is.EqualTo(Verdict.Refuted));
        Assert.That(diagnostics.Select(d => d.Id), Is.EqualTo(new[] { SteeringDiagnosticIds.NoBetterThanNull }));
    }

    [Test]
    public void A_family_factor_below_one_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SteeringVerdictRules.Decide(Evidence(3, new Interval(2.8, 3.2)), Settings, 0.5));
    }
}
