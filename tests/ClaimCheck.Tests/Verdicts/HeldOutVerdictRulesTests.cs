using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Statistics;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Tests.Verdicts;

/// <summary>The verdict rules on hand-made evidence, one rule per test.</summary>
public class HeldOutVerdictRulesTests
{
    private static readonly HeldOutSettings Spec = new() { MinAuroc = 0.8, Alpha = 0.05 };

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

    // ---- Boundaries exactly at the bars (docs/verdicts.md: "at or above the bar" passes, an interval that reaches a bar straddles it).

    private static OtherConceptScore Other(string concept, Interval interval, string split = "held-out") => new()
    {
        Concept = concept, Split = split, Positives = 100, Negatives = 700, Auroc = (interval.Lower + interval.Upper) / 2, AurocInterval = interval,
    };

    private static SplitScore Discovery => Split("d", 0.95, 0.93, 0.97, discovery: true);

    private static SplitScore Passing => Split("h", 0.92, 0.9, 0.94);

    [Test]
    public void Another_concept_whose_interval_reaches_the_bar_exactly_leaves_a_means_claim_undecided()
    {
        // Upper end exactly at the bar: the interval reaches it, so specificity is undecided, not shown.
        HeldOutEvidence evidence = Evidence(Discovery, Passing) with { OtherConcepts = [Other("bags", new Interval(0.74, Spec.MinAuroc))] };

        Assert.That(Decide(evidence), Is.EqualTo((Verdict.Inconclusive, new[] { DiagnosticIds.OtherConceptStraddlesThreshold })));
    }

    [Test]
    public void Another_concept_whose_whole_interval_starts_exactly_at_the_bar_clears_it()
    {
        // Lower end exactly at the bar: the whole interval is at or above it, evidence against specificity.
        HeldOutEvidence evidence = Evidence(Discovery, Passing) with { OtherConcepts = [Other("curves", new Interval(Spec.MinAuroc, 0.86))] };

        Assert.That(Decide(evidence), Is.EqualTo((Verdict.Brittle, new[] { DiagnosticIds.AlsoRespondsTo })));
    }

    [Test]
    public void A_detects_claim_reports_another_concept_starting_exactly_at_the_bar_as_information()
    {
        HeldOutEvidence evidence = Evidence(Discovery, Passing)
            with { OtherConcepts = [Other("curves", new Interval(Spec.MinAuroc, 0.86)), Other("bags", new Interval(0.74, Spec.MinAuroc))] };

        (Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) = HeldOutVerdictRules.Decide(evidence, Spec, ClaimKind.Detects, "stripes");

        Assert.That(verdict, Is.EqualTo(Verdict.Holds));
        Assert.That(diagnostics, Is.EqualTo(new[]
        {
            new Diagnostic(DiagnosticIds.AlsoRespondsTo, Severity.Info,
                "also responds to curves on 'held-out': AUROC 0.83 [0.80, 0.86] among examples without stripes, which clears this claim's own bar of 0.80"),
        }));
    }

    // ---- Arguments.

    [Test]
    public void Missing_evidence_or_spec_is_refused_by_name()
    {
        Assert.That(() => HeldOutVerdictRules.Decide(null!, Spec, ClaimKind.Means, "stripes"),
            Throws.TypeOf<ArgumentNullException>().With.Property(nameof(ArgumentNullException.ParamName)).EqualTo("evidence"));
        // Passing evidence never reads the spec on its way to Holds, so only the up-front check can refuse it.
        Assert.That(() => HeldOutVerdictRules.Decide(Evidence(Discovery, Passing), null!, ClaimKind.Means, "stripes"),
            Throws.TypeOf<ArgumentNullException>().With.Property(nameof(ArgumentNullException.ParamName)).EqualTo("spec"));
    }

    // ---- Messages: what a reviewer reads says where the claim broke (discovery or held-out split) and the figures behind it.

    private static Diagnostic[] Diagnostics(HeldOutEvidence evidence, ClaimKind kind = ClaimKind.Means) =>
        HeldOutVerdictRules.Decide(evidence, Spec, kind, "stripes").Diagnostics.ToArray();

    private static string Only(HeldOutEvidence evidence, ClaimKind kind = ClaimKind.Means) => Diagnostics(evidence, kind).Single().Message;

    [Test]
    public void Refutations_on_the_discovery_split_say_so_with_the_figures()
    {
        Assert.That(Only(Evidence(Split("d", 0.65, 0.62, 0.68, p: 0.3, discovery: true), Passing)), Is.EqualTo(
            "typical of its null even on discovery split 'd': AUROC 0.65 [0.62, 0.68] lies wholly below the null's 95th percentile of 0.70 (p = 0.300 against 1999 null readouts of the layer)"));
        Assert.That(Only(Evidence(Split("d", 0.74, 0.72, 0.76, discovery: true), Passing)), Is.EqualTo(
            "AUROC 0.74 [0.72, 0.76] on discovery split 'd' is below the claim's bar of 0.80 even where the claim was formed"));
        Assert.That(Only(Evidence(Split("d", 0.5, 0.5, 0.5, p: 1, discovery: true, constant: true), Passing)), Is.EqualTo(
            "the subject takes one value on every example of discovery split 'd', even where the claim was formed: a constant separates nothing (AUROC 0.50 by ties alone); a dead or saturated unit, or a layer that does not vary on this data"));
    }

    [Test]
    public void Failures_on_a_held_out_split_say_where_it_passed_and_where_it_broke()
    {
        const string Passes = "passes on discovery split 'd' (AUROC 0.95 [0.93, 0.97])";
        Assert.That(Only(Evidence(Discovery, Split("h", 0.5, 0.5, 0.5, p: 1, constant: true))), Is.EqualTo(
            $"the subject takes one value on every example of held-out split 'h', though it {Passes}: a constant separates nothing (AUROC 0.50 by ties alone); a dead or saturated unit, or a layer that does not vary on this data"));
        Assert.That(Only(Evidence(Discovery, Split("h", 0.65, 0.6, 0.69, p: 0.4))), Is.EqualTo(
            $"{Passes} but is typical of its null on held-out split 'h': AUROC 0.65 [0.60, 0.69] lies wholly below the null's 95th percentile of 0.70, p = 0.400"));
        Assert.That(Only(Evidence(Discovery, Split("h", 0.74, 0.72, 0.76))), Is.EqualTo(
            $"{Passes} but fails on held-out split 'h': AUROC 0.74 [0.72, 0.76] is below the bar of 0.80"));
    }

    [Test]
    public void Each_undecided_cause_says_what_would_decide_it()
    {
        Assert.That(Only(Evidence(Split("d", 0.95, 0.8, 0.99, positives: 10, discovery: true), Passing)), Is.EqualTo(
            "too few examples to decide on discovery split 'd': 10 with stripes and 800 without; at least 30 of each are needed"));
        Assert.That(Only(Evidence(Discovery, Split("h", 0.81, 0.77, 0.85))), Is.EqualTo(
            "on held-out split 'h' the AUROC 0.81 [0.77, 0.85] straddles the bar of 0.80: more data would decide"));
        Assert.That(Only(Evidence(Discovery, Split("h", 0.9, 0.88, 0.92, p: 0.05) with { Status = SplitStatus.NullUndecided })), Is.EqualTo(
            "on held-out split 'h' the comparison with the null is too close to α = 0.05 to decide with 1999 null readouts: AUROC 0.90 [0.88, 0.92], p = 0.050; another seed could decide either way"));
        Assert.That(Only(Evidence(Split("d", 0.9, 0.88, 0.92, p: 0.3, discovery: true), Passing)), Is.EqualTo(
            "on discovery split 'd' the AUROC 0.90 [0.88, 0.92] reaches above the null's 95th percentile (0.70) but does not beat the null at α = 0.05: p = 0.300 against 1999 null readouts; not shown, which is not evidence against it"));
    }

    [Test]
    public void Specificity_findings_name_the_other_concept_and_its_figures()
    {
        Assert.That(Only(Evidence(Discovery, Passing) with { OtherConcepts = [Other("curves", 0.85)] }), Is.EqualTo(
            "also responds to curves on 'held-out': AUROC 0.88 [0.85, 0.91] among examples without stripes, which clears this claim's own bar of 0.80, so the label is not specific"));
        Assert.That(Only(Evidence(Discovery, Passing) with { OtherConcepts = [Other("bags", 0.78)] }), Is.EqualTo(
            "may also respond to bags on 'held-out': AUROC 0.81 [0.78, 0.84] among examples without stripes straddles this claim's bar of 0.80, so whether the label is specific is undecided: more data would decide"));
    }

    // ---- Information: never changes the verdict, says why a split looks the way it does.

    [Test]
    public void A_generalization_gap_is_reported_only_when_its_whole_interval_is_above_zero()
    {
        HeldOutEvidence evidence = Evidence(Discovery, Passing) with
        {
            Gaps = [new GapScore("h", 0.1, new Interval(0.05, 0.15)), new GapScore("h2", 0.05, new Interval(0, 0.1)), new GapScore("h3", -0.05, new Interval(-0.1, 0))],
        };

        Assert.That(Decide(evidence).Item1, Is.EqualTo(Verdict.Holds));
        Assert.That(Diagnostics(evidence), Is.EqualTo(new[]
        {
            new Diagnostic(DiagnosticIds.GeneralizationGap, Severity.Info, "AUROC drops from discovery to 'h' by 0.10 [0.05, 0.15]"),
        }));
    }

    [Test]
    public void The_concept_a_split_prefers_is_the_best_one_on_that_split_clearly_above_the_claimed_concept()
    {
        // On 'held-out' stripes score 0.70 [0.65, 0.75]. bags start exactly at 0.75 (not clearly above), waves are on
        // another split; of curves (0.79) and dots (0.83), both clearly above, the better one is named.
        HeldOutEvidence evidence = Evidence(Discovery, Split("held-out", 0.7, 0.65, 0.75)) with
        {
            OtherConcepts =
            [
                Other("curves", new Interval(0.76, 0.82)), Other("dots", new Interval(0.8, 0.86)),
                Other("bags", new Interval(0.75, 0.77)), Other("waves", new Interval(0.9, 0.96), split: "other"),
            ],
        };

        Assert.That(Diagnostics(evidence, ClaimKind.Detects).Where(d => d.Id == DiagnosticIds.PrefersAnotherConcept), Is.EqualTo(new[]
        {
            new Diagnostic(DiagnosticIds.PrefersAnotherConcept, Severity.Info,
                "on 'held-out' the subject separates dots (AUROC 0.83 [0.80, 0.86], among examples without stripes) better than stripes (AUROC 0.70 [0.65, 0.75])"),
        }));
    }

    [Test]
    public void A_concept_starting_exactly_at_the_claimed_concepts_upper_bound_is_not_clearly_preferred()
    {
        HeldOutEvidence evidence = Evidence(Discovery, Split("held-out", 0.7, 0.65, 0.75)) with { OtherConcepts = [Other("bags", new Interval(0.75, 0.77))] };

        Assert.That(Diagnostics(evidence, ClaimKind.Detects).Select(d => d.Id), Has.No.Member(DiagnosticIds.PrefersAnotherConcept));
    }

    [Test]
    public void A_preferred_concept_must_be_clearly_above_chance_even_when_the_claimed_concept_is_below_it()
    {
        // Stripes at 0.35 [0.30, 0.40]; bags at [0.45, 0.51] beat that but are not clearly above chance (0.5).
        HeldOutEvidence evidence = Evidence(Discovery, Split("held-out", 0.35, 0.3, 0.4)) with { OtherConcepts = [Other("bags", new Interval(0.45, 0.51))] };

        Assert.That(Diagnostics(evidence, ClaimKind.Detects).Select(d => d.Id), Has.No.Member(DiagnosticIds.PrefersAnotherConcept));
    }

    [Test]
    public void Low_top_precision_is_reported_only_when_its_whole_interval_is_below_one_half()
    {
        SplitScore low = Passing with { TopCount = 20, TopPositives = 6, TopPrecisionInterval = new Interval(0.15, 0.49) };
        SplitScore atHalf = Split("h2", 0.92, 0.9, 0.94) with { TopCount = 20, TopPositives = 6, TopPrecisionInterval = new Interval(0.15, 0.5) };
        SplitScore noTop = Split("h3", 0.92, 0.9, 0.94) with { TopCount = 0, TopPositives = 0, TopPrecisionInterval = new Interval(0, 0.3) };

        Assert.That(Diagnostics(Evidence(Discovery, low, atHalf, noTop)), Is.EqualTo(new[]
        {
            new Diagnostic(DiagnosticIds.LowTopPrecision, Severity.Info, "of the 20 top-activating examples of 'h', 6 show stripes (0.30 [0.15, 0.49]; base rate 0.20)"),
        }));
    }
}
