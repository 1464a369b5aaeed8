using ClaimCheck.Claims;
using ClaimCheck.Evidence;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Running;
using ClaimCheck.Statistics;
using ClaimCheck.Tests.Fixtures;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Tests.Families;

/// <summary>
/// The family adjustment on hand-made evidence: which p a claim brings, how the family scales it, and how the scaled
/// p is written back into the claim's null comparisons.
/// </summary>
public class FamilyAdjustmentTests
{
    private static readonly HeldOutSettings Spec = new() { MinAuroc = 0.8, Alpha = 0.05 };

    private static SplitScore Split(double p, bool discovery = false, SplitStatus status = SplitStatus.Pass, int nullSize = 999) => new()
    {
        Split = discovery ? "discovery" : "held-out", IsDiscovery = discovery, Positives = 200, Negatives = 800, Auroc = 0.92,
        AurocInterval = new Interval(0.9, 0.94), AurocVariance = 0.0001, NullP = p, NullSize = nullSize, NullQuantile95 = 0.7,
        UnitRank = 0, UnitCount = 0, MeanDifference = 1, TopCount = 20, TopPositives = 18, TopPrecisionInterval = new Interval(0.7, 0.97),
        BaseRate = 0.2, Status = status,
    };

    private static HeldOutEvidence HeldOut(SplitScore? discovery, params SplitScore[] heldOut) => new()
    {
        Discovery = discovery, HeldOut = heldOut, Gaps = [], OtherConcepts = [], NullSeed = 1,
    };

    private static EffectSummary Effects(double mean) => new()
    {
        Count = 100, Mean = mean, MeanInterval = new Interval(mean - 0.1, mean + 0.1), Median = mean, MeanAbsolute = Math.Abs(mean), OppositeSignFraction = 0,
    };

    private static AblationEvidence Ablation(double p) => new()
    {
        Split = "held-out", Subject = "unit 0", Concept = "a", Readout = "logit a", Kind = AblationKind.Zero, Effects = [], ConceptPresent = [],
        Positives = Effects(0.5), Negatives = Effects(0.01), Specificity = 0.49, SpecificityInterval = new Interval(0.4, 0.58),
        Null = new AblationNull { Effects = [], P = p, Mean = 0, Quantile95 = 0.1, Description = "other units" },
        DormantPathway = null, Path = AblationPath.Suffix, Seed = 1,
    };

    private static ClaimRunner.Measurement Measured(HeldOutEvidence? heldOut, AblationEvidence? ablation, ClaimResult? failed = null) =>
        new(null, PlantedClaim.Unit(0), 1, EvidenceMap.Empty.With("heldOut", heldOut).With("ablation", ablation), failed);

    private static ClaimResult FailedResult() => new()
    {
        Claim = PlantedClaim.Unit(0), TargetName = "planted", Verdict = Verdict.Inconclusive, Diagnostics = [], ClaimSeed = 1,
    };

    [Test]
    public void A_claims_p_is_the_largest_of_its_held_out_and_ablation_p_values()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FamilyAdjustment.ClaimP(Measured(HeldOut(null, Split(0.01), Split(0.03)), Ablation(0.02))), Is.EqualTo(0.03));
            Assert.That(FamilyAdjustment.ClaimP(Measured(HeldOut(null, Split(0.01), Split(0.03)), Ablation(0.04))), Is.EqualTo(0.04));
            Assert.That(FamilyAdjustment.ClaimP(Measured(null, Ablation(0.007))), Is.EqualTo(0.007));
            Assert.That(FamilyAdjustment.ClaimP(Measured(HeldOut(null, Split(0.002)), null)), Is.EqualTo(0.002));
        });
    }

    [Test]
    public void The_discovery_splits_p_stays_out_of_the_claims_p()
    {
        // Discovery is where the claim was formed: its p only decides Refuted, it is not a test the family counts.
        Assert.That(FamilyAdjustment.ClaimP(Measured(HeldOut(Split(0.5, discovery: true), Split(0.01)), null)), Is.EqualTo(0.01));
    }

    [Test]
    public void A_claim_without_null_comparisons_or_that_failed_brings_p_1()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FamilyAdjustment.ClaimP(Measured(null, null)), Is.EqualTo(1.0));
            Assert.That(FamilyAdjustment.ClaimP(Measured(HeldOut(Split(0.001, discovery: true)), null)), Is.EqualTo(1.0));
            // The evidence a failed claim may still carry does not count: it never passes.
            Assert.That(FamilyAdjustment.ClaimP(Measured(HeldOut(null, Split(0.001)), Ablation(0.001), FailedResult())), Is.EqualTo(1.0));
        });
    }

    [Test]
    public void Adjust_applies_the_familys_correction_in_the_input_order()
    {
        // statsmodels.stats.multitest.multipletests([0.01, 0.04, 0.03, 0.005, 0.2], method="holm" / "fdr_bh").
        double[] raw = [0.01, 0.04, 0.03, 0.005, 0.2];
        double[] none = FamilyAdjustment.Adjust(raw, FamilyCorrection.None);
        Assert.Multiple(() =>
        {
            Assert.That(FamilyAdjustment.Adjust(raw, FamilyCorrection.Holm), Is.EqualTo(new[] { 0.04, 0.09, 0.09, 0.025, 0.2 }).Within(1e-12));
            Assert.That(FamilyAdjustment.Adjust(raw, FamilyCorrection.BenjaminiHochberg), Is.EqualTo(new[] { 0.025, 0.05, 0.05, 0.025, 0.2 }).Within(1e-12));
            Assert.That(none, Is.EqualTo(raw));
            Assert.That(none, Is.Not.SameAs(raw), "the unadjusted family gets its own copy");
        });
    }

    [TestCase(0.01, 0.05, 5.0)]
    [TestCase(0.02, 0.02, 1.0)]
    [TestCase(0.02, 0.01, 1.0)] // never looser than the raw p
    [TestCase(0.0, 0.0, 1.0)] // an exact p of 0 stays 0 whatever the family
    [TestCase(0.0, 0.3, 1.0)]
    public void The_factor_is_adjusted_over_raw_and_at_least_1(double raw, double adjusted, double expected)
    {
        Assert.That(FamilyAdjustment.Factor(raw, adjusted), Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void A_factor_of_1_leaves_the_evidence_as_it_was()
    {
        HeldOutEvidence heldOut = HeldOut(null, Split(0.03));
        AblationEvidence ablation = Ablation(0.03);
        Assert.Multiple(() =>
        {
            Assert.That(HeldOutEvidenceKind.Adjusted(heldOut, Spec, 1), Is.SameAs(heldOut));
            Assert.That(AblationEvidenceKind.Adjusted(ablation, 1), Is.SameAs(ablation));
        });
    }

    [Test]
    public void The_factor_multiplies_each_held_out_p_and_caps_it_at_1()
    {
        HeldOutEvidence adjusted = HeldOutEvidenceKind.Adjusted(HeldOut(Split(0.3, discovery: true), Split(0.004), Split(0.3)), Spec, 5);

        Assert.Multiple(() =>
        {
            Assert.That(adjusted.HeldOut.Select(s => s.AdjustedP), Is.EqualTo(new[] { 0.02, 1.0 }).Within(1e-12));
            Assert.That(adjusted.HeldOut.Select(s => s.NullP), Is.EqualTo(new[] { 0.004, 0.3 }), "the raw p is kept beside it");
            Assert.That(adjusted.Discovery!.AdjustedP, Is.EqualTo(0.3), "discovery stays raw");
        });
    }

    [Test]
    public void The_family_factor_can_turn_a_passing_held_out_split_into_a_not_significant_one()
    {
        // 20 of 999 null draws beat the subject: p = 21/1000. The 99% Wilson interval of 20/999 is [0.01138, 0.03500]
        // (statsmodels proportion_confint(20, 999, alpha=0.01, method="wilson")): alone it lies under α = 0.05; five
        // times it, [0.0569, 0.175], lies wholly above it, so the split no longer beats its null: not shown, which is
        // not evidence against it (NotSignificant, not a failure).
        SplitScore split = Split(21 / 1000.0);
        HeldOutEvidence alone = HeldOutEvidenceKind.Adjusted(HeldOut(null, split), Spec, 1);
        HeldOutEvidence inFamily = HeldOutEvidenceKind.Adjusted(HeldOut(null, split), Spec, 5);

        Assert.Multiple(() =>
        {
            Assert.That(alone.HeldOut[0].Status, Is.EqualTo(SplitStatus.Pass));
            Assert.That(inFamily.HeldOut[0].Status, Is.EqualTo(SplitStatus.NotSignificant));
            Assert.That(inFamily.HeldOut[0].AdjustedP, Is.EqualTo(0.105).Within(1e-12));
        });
    }

    [Test]
    public void A_split_with_too_few_examples_keeps_its_status_under_the_factor()
    {
        HeldOutEvidence adjusted = HeldOutEvidenceKind.Adjusted(HeldOut(null, Split(0.3, status: SplitStatus.TooFewExamples)), Spec, 5);

        Assert.Multiple(() =>
        {
            Assert.That(adjusted.HeldOut[0].Status, Is.EqualTo(SplitStatus.TooFewExamples));
            Assert.That(adjusted.HeldOut[0].AdjustedP, Is.EqualTo(1.0));
        });
    }

    [Test]
    public void The_factor_multiplies_the_ablation_p_and_caps_it_at_1()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AblationEvidenceKind.Adjusted(Ablation(0.004), 5).Null.AdjustedP, Is.EqualTo(0.02).Within(1e-12));
            Assert.That(AblationEvidenceKind.Adjusted(Ablation(0.004), 5).Null.P, Is.EqualTo(0.004));
            Assert.That(AblationEvidenceKind.Adjusted(Ablation(0.3), 5).Null.AdjustedP, Is.EqualTo(1.0));
        });
    }
}
