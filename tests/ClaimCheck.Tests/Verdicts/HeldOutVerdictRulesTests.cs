using ClaimCheck.Claims;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Statistics;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Tests.Verdicts;

/// <summary>The verdict rules on hand-made evidence, one rule per test.</summary>
public class HeldOutVerdictRulesTests
{
    private static readonly HeldOutSpec Spec = new() { MinAuroc = 0.8, Alpha = 0.05 };

    private static SplitScore Split(string name, double auroc, double lower, double upper, double p = 0.005, int positives = 200, bool discovery = false)
    {
        var interval = new Interval(lower, upper);
        SplitStatus status = positives < Spec.MinExamples ? SplitStatus.TooFewExamples
            : p > Spec.Alpha || upper < Spec.MinAuroc ? SplitStatus.Fail
            : lower >= Spec.MinAuroc ? SplitStatus.Pass
            : SplitStatus.Undecided;
        return new SplitScore
        {
            Split = name, IsDiscovery = discovery, Positives = positives, Negatives = 800, Auroc = auroc, AurocInterval = interval,
            AurocVariance = 0.0001, NullP = p, NullSize = 201, NullQuantile95 = 0.7, UnitRank = 0, UnitCount = 0, MeanDifference = 1,
            TopCount = 20, TopPositives = 18, TopPrecisionInterval = new Interval(0.7, 0.97), BaseRate = 0.2, Status = status,
        };
    }

    private static HeldOutEvidence Evidence(SplitScore? discovery, params SplitScore[] heldOut) => new()
    {
        Discovery = discovery, HeldOut = heldOut, Gaps = [], OtherConcepts = [], NullSeed = 1,
    };

    private static OtherConceptScore Other(string concept, double lower) => new()
    {
        Concept = concept, Split = "held-out", Positives = 100, Negatives = 700, Auroc = lower + 0.03, AurocInterval = new Interval(lower, lower + 0.06),
    };

    private static (Verdict, string[]) Decide(HeldOutEvidence evidence, ClaimKind kind = ClaimKind.Means)
    {
        (Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) = HeldOutVerdictRules.Decide(evidence, Spec, kind, "stripes");
        return (verdict, diagnostics.Where(d => d.Severity != Severity.Info).Select(d => d.Id).ToArray());
    }

    [Test]
    public void Passing_everywhere_holds()
    {
        Assert.That(Decide(Evidence(Split("d", 0.95, 0.93, 0.97, discovery: true), Split("h", 0.92, 0.9, 0.94))), Is.EqualTo((Verdict.Holds, Array.Empty<string>())));
    }

    [Test]
    public void No_better_than_the_null_on_discovery_is_refuted()
    {
        Assert.That(Decide(Evidence(Split("d", 0.9, 0.88, 0.92, p: 0.3, discovery: true), Split("h", 0.9, 0.88, 0.92))),
            Is.EqualTo((Verdict.Refuted, new[] { DiagnosticIds.NoBetterThanNullOnDiscovery })));
    }

    [Test]
    public void Clearly_below_the_bar_on_discovery_is_refuted()
    {
        Assert.That(Decide(Evidence(Split("d", 0.7, 0.68, 0.72, discovery: true), Split("h", 0.9, 0.88, 0.92))),
            Is.EqualTo((Verdict.Refuted, new[] { DiagnosticIds.BelowThresholdOnDiscovery })));
    }

    [Test]
    public void Passing_on_discovery_and_failing_held_out_is_brittle()
    {
        Assert.That(Decide(Evidence(Split("d", 0.95, 0.93, 0.97, discovery: true), Split("h", 0.7, 0.68, 0.72))),
            Is.EqualTo((Verdict.Brittle, new[] { DiagnosticIds.FailsOnHeldOut })));
    }

    [Test]
    public void No_better_than_the_null_on_held_out_is_brittle()
    {
        Assert.That(Decide(Evidence(Split("d", 0.95, 0.93, 0.97, discovery: true), Split("h", 0.85, 0.83, 0.87, p: 0.2))),
            Is.EqualTo((Verdict.Brittle, new[] { DiagnosticIds.NoBetterThanNullOnHeldOut })));
    }

    [Test]
    public void Every_held_out_split_must_pass()
    {
        Assert.That(Decide(Evidence(Split("d", 0.95, 0.93, 0.97, discovery: true), Split("h1", 0.92, 0.9, 0.94), Split("h2", 0.7, 0.65, 0.75))).Item1,
            Is.EqualTo(Verdict.Brittle));
    }

    [Test]
    public void An_interval_straddling_the_bar_is_inconclusive_not_a_pass_or_a_fail()
    {
        Assert.That(Decide(Evidence(Split("d", 0.95, 0.93, 0.97, discovery: true), Split("h", 0.81, 0.77, 0.85))),
            Is.EqualTo((Verdict.Inconclusive, new[] { DiagnosticIds.IntervalStraddlesThreshold })));
    }

    [Test]
    public void A_clear_failure_on_one_held_out_split_outweighs_an_undecided_other()
    {
        Assert.That(Decide(Evidence(Split("d", 0.95, 0.93, 0.97, discovery: true), Split("h1", 0.81, 0.77, 0.85), Split("h2", 0.6, 0.55, 0.65))).Item1,
            Is.EqualTo(Verdict.Brittle));
    }

    [Test]
    public void Too_few_examples_is_inconclusive()
    {
        Assert.That(Decide(Evidence(Split("d", 0.95, 0.8, 0.99, positives: 10, discovery: true), Split("h", 0.92, 0.9, 0.94))),
            Is.EqualTo((Verdict.Inconclusive, new[] { DiagnosticIds.TooFewExamples })));
    }

    [Test]
    public void A_means_claim_whose_subject_clears_the_bar_for_another_concept_is_brittle()
    {
        HeldOutEvidence evidence = Evidence(Split("d", 0.95, 0.93, 0.97, discovery: true), Split("h", 0.92, 0.9, 0.94))
            with { OtherConcepts = [Other("curves", 0.85), Other("dots", 0.6)] };

        Assert.That(Decide(evidence), Is.EqualTo((Verdict.Brittle, new[] { DiagnosticIds.AlsoRespondsTo })));
    }

    [Test]
    public void A_response_to_another_concept_below_the_bar_does_not_make_a_means_claim_brittle()
    {
        HeldOutEvidence evidence = Evidence(Split("d", 0.95, 0.93, 0.97, discovery: true), Split("h", 0.92, 0.9, 0.94))
            with { OtherConcepts = [Other("curves", 0.79)] };

        Assert.That(Decide(evidence).Item1, Is.EqualTo(Verdict.Holds));
    }

    [Test]
    public void A_detects_claim_reports_other_responses_as_information_only()
    {
        HeldOutEvidence evidence = Evidence(Split("d", 0.95, 0.93, 0.97, discovery: true), Split("h", 0.92, 0.9, 0.94))
            with { OtherConcepts = [Other("curves", 0.85)] };

        (Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) = HeldOutVerdictRules.Decide(evidence, Spec, ClaimKind.Detects, "stripes");

        Assert.That(verdict, Is.EqualTo(Verdict.Holds));
        Assert.That(diagnostics.Single().Severity, Is.EqualTo(Severity.Info));
    }

    [Test]
    public void Without_a_discovery_split_the_first_held_out_split_decides_refutation()
    {
        Assert.That(Decide(Evidence(null, Split("h", 0.6, 0.55, 0.65, p: 0.4))).Item1, Is.EqualTo(Verdict.Refuted));
    }
}
