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

    // The null's 95th percentile in these hand-made splits: an AUROC interval wholly below it is typical of the null.
    private const double NullCritical = 0.7;

    /// <summary>A split whose status is judged by the rule under test (HeldOutCheck.Judge), not restated here.</summary>
    private static SplitScore Split(string name, double auroc, double lower, double upper, double p = 0.005, int positives = 200, bool discovery = false, bool constant = false)
    {
        var split = new SplitScore
        {
            Split = name, IsDiscovery = discovery, Positives = positives, Negatives = 800, Auroc = auroc, AurocInterval = new Interval(lower, upper),
            AurocVariance = 0.0001, NullP = p, NullSize = 1999, NullQuantile95 = NullCritical, NullCriticalValue = NullCritical, IsConstant = constant,
            UnitRank = 0, UnitCount = 0, MeanDifference = 1,
            TopCount = 20, TopPositives = 18, TopPrecisionInterval = new Interval(0.7, 0.97), BaseRate = 0.2, Status = SplitStatus.TooFewExamples,
        };
        return positives < Spec.MinExamples ? split : split with { Status = HeldOutCheck.Judge(split, p, Spec) };
    }

    private static HeldOutEvidence Evidence(SplitScore? discovery, params SplitScore[] heldOut) => new()
    {
        Discovery = discovery, HeldOut = heldOut, Gaps = [], OtherConcepts = [], NullSeed = 1,
    };

    private static OtherConceptScore Other(string concept, double lower, double width = 0.06) => new()
    {
        Concept = concept, Split = "held-out", Positives = 100, Negatives = 700, Auroc = lower + (width / 2), AurocInterval = new Interval(lower, lower + width),
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
    public void Typical_of_the_null_on_discovery_is_refuted()
    {
        // The whole interval [0.62, 0.68] lies below the null's 95th percentile (0.7): evidence against the claim.
        Assert.That(Decide(Evidence(Split("d", 0.65, 0.62, 0.68, p: 0.3, discovery: true), Split("h", 0.9, 0.88, 0.92))),
            Is.EqualTo((Verdict.Refuted, new[] { DiagnosticIds.NoBetterThanNullOnDiscovery })));
    }

    [Test]
    public void Not_significant_on_discovery_is_inconclusive_never_refuted()
    {
        // Above the bar and above the null's 95th percentile, with p clearly over α: not shown, not refuted.
        Assert.That(Decide(Evidence(Split("d", 0.9, 0.88, 0.92, p: 0.3, discovery: true), Split("h", 0.9, 0.88, 0.92))),
            Is.EqualTo((Verdict.Inconclusive, new[] { DiagnosticIds.NotSignificant })));
    }

    [Test]
    public void An_interval_that_reaches_the_nulls_upper_quantile_is_not_typical_of_it()
    {
        // [0.66, 0.71] reaches above the null's 95th percentile (0.7), so it is not evidence against; the bar decides.
        SplitScore split = Split("d", 0.69, 0.66, 0.71, p: 0.3, discovery: true);
        Assert.That(split.Status, Is.EqualTo(SplitStatus.BelowBar));
        Assert.That(Split("d", 0.85, 0.66, 0.9, p: 0.3, discovery: true).Status, Is.EqualTo(SplitStatus.NotSignificant));
    }

    [Test]
    public void A_constant_subject_is_refuted_with_its_own_diagnostic()
    {
        Assert.That(Decide(Evidence(Split("d", 0.5, 0.5, 0.5, p: 1, discovery: true, constant: true), Split("h", 0.9, 0.88, 0.92))),
            Is.EqualTo((Verdict.Refuted, new[] { DiagnosticIds.ConstantSubject })));
    }

    [Test]
    public void A_subject_constant_on_held_out_data_only_is_brittle()
    {
        Assert.That(Decide(Evidence(Split("d", 0.95, 0.93, 0.97, discovery: true), Split("h", 0.5, 0.5, 0.5, p: 1, constant: true))),
            Is.EqualTo((Verdict.Brittle, new[] { DiagnosticIds.ConstantSubject })));
    }

    [Test]
    public void Not_significant_on_held_out_data_after_the_family_adjustment_is_inconclusive()
    {
        // Raw p 0.015, far above the null's 95th percentile, in a family that multiplies p by 10: clearly over α.
        SplitScore heldOut = Split("h", 0.9, 0.88, 0.92, p: 0.015);
        SplitScore adjusted = heldOut with { AdjustedP = 0.15, Status = HeldOutCheck.Judge(heldOut, 0.15, Spec) };
        Assert.That(Decide(Evidence(Split("d", 0.95, 0.93, 0.97, discovery: true), adjusted)),
            Is.EqualTo((Verdict.Inconclusive, new[] { DiagnosticIds.NotSignificant })));
    }

    [Test]
    public void Clearly_below_the_bar_on_discovery_is_refuted()
    {
        Assert.That(Decide(Evidence(Split("d", 0.74, 0.72, 0.76, discovery: true), Split("h", 0.9, 0.88, 0.92))),
            Is.EqualTo((Verdict.Refuted, new[] { DiagnosticIds.BelowThresholdOnDiscovery })));
    }

    [Test]
    public void Passing_on_discovery_and_failing_held_out_is_brittle()
    {
        Assert.That(Decide(Evidence(Split("d", 0.95, 0.93, 0.97, discovery: true), Split("h", 0.7, 0.68, 0.72))),
            Is.EqualTo((Verdict.Brittle, new[] { DiagnosticIds.FailsOnHeldOut })));
    }

    [Test]
    public void Typical_of_the_null_on_held_out_is_brittle()
    {
        Assert.That(Decide(Evidence(Split("d", 0.95, 0.93, 0.97, discovery: true), Split("h", 0.65, 0.6, 0.69, p: 0.4))),
            Is.EqualTo((Verdict.Brittle, new[] { DiagnosticIds.NoBetterThanNullOnHeldOut })));
        // Above the bar, yet typical of a null whose 95th percentile is higher still.
        SplitScore typical = Split("h", 0.85, 0.83, 0.87, p: 0.4) with { NullCriticalValue = 0.9 };
        typical = typical with { Status = HeldOutCheck.Judge(typical, 0.4, Spec) };
        Assert.That(Decide(Evidence(Split("d", 0.95, 0.93, 0.97, discovery: true), typical)),
            Is.EqualTo((Verdict.Brittle, new[] { DiagnosticIds.NoBetterThanNullOnHeldOut })));
    }

    [Test]
    public void Below_the_bar_on_held_out_but_not_typical_of_the_null_fails_there()
    {
        Assert.That(Decide(Evidence(Split("d", 0.95, 0.93, 0.97, discovery: true), Split("h", 0.74, 0.72, 0.76))),
            Is.EqualTo((Verdict.Brittle, new[] { DiagnosticIds.FailsOnHeldOut })));
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
    public void A_means_claim_whose_other_concept_straddles_the_bar_is_inconclusive()
    {
        // Fashion-MNIST's footwear unit: bags at 0.81 [0.78, 0.84] against a bar of 0.80 is not shown specific.
        HeldOutEvidence evidence = Evidence(Split("d", 0.95, 0.93, 0.97, discovery: true), Split("h", 0.92, 0.9, 0.94))
            with { OtherConcepts = [Other("bags", 0.78)] };

        Assert.That(Decide(evidence), Is.EqualTo((Verdict.Inconclusive, new[] { DiagnosticIds.OtherConceptStraddlesThreshold })));
    }

    [Test]
    public void A_clear_response_to_one_concept_outweighs_an_undecided_other()
    {
        HeldOutEvidence evidence = Evidence(Split("d", 0.95, 0.93, 0.97, discovery: true), Split("h", 0.92, 0.9, 0.94))
            with { OtherConcepts = [Other("curves", 0.85), Other("bags", 0.78)] };

        Assert.That(Decide(evidence), Is.EqualTo((Verdict.Brittle, new[] { DiagnosticIds.AlsoRespondsTo, DiagnosticIds.OtherConceptStraddlesThreshold })));
    }

    [Test]
    public void A_response_to_another_concept_below_the_bar_does_not_make_a_means_claim_brittle()
    {
        HeldOutEvidence evidence = Evidence(Split("d", 0.95, 0.93, 0.97, discovery: true), Split("h", 0.92, 0.9, 0.94))
            with { OtherConcepts = [Other("curves", 0.73)] };

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
