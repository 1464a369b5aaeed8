using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Reports;
using ClaimCheck.Running;
using ClaimCheck.Tests.Ablation;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Tests.Running;

/// <summary>Drives claims end to end: ablation evidence decides, the combination rules hold, the snapshot carries it.</summary>
public class DrivesClaimTests
{
    private static readonly PlantedAblationTarget Target = new();

    private static ClaimDefinition Drives(int unit, AblationKind kind = AblationKind.Mean) =>
        Claim.That(Subjects.Unit("layer", unit)).Drives("a").WithAblation("a", kind).Named($"Planted.Unit{unit}DrivesA");

    private static ClaimDefinition AxisDrives() =>
        Claim.That(Subjects.Direction("layer", "a-axis")).Drives("a").WithAblation("a", AblationKind.Mean).Named("Planted.AxisDrivesA");

    [Test]
    public void The_direction_that_carries_a_into_the_readout_drives_it()
    {
        ClaimResult result = ClaimRunner.Run(Target, AxisDrives());

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Holds), string.Join("\n", result.Diagnostics));
        Assert.That(result.Ablation!.Null.P, Is.LessThanOrEqualTo(0.05));
    }

    [Test]
    public void The_unit_along_the_same_axis_beats_every_other_unit_but_16_units_cannot_reach_alpha()
    {
        // The strongest of 16 units is the strongest one time in 16 by chance: p = 1/16 > α, whatever the data.
        ClaimResult result = ClaimRunner.Run(Target, Drives(0));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Inconclusive), string.Join("\n", result.Diagnostics));
        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { DiagnosticIds.AblationNullTooCoarse }));
        Assert.That(result.Diagnostics[0].Message, Does.Contain("0.063").And.Contain("each of the other 15 sets of 1 unit"));
    }

    [Test]
    public void A_noise_unit_claimed_to_drive_a_is_refuted_against_random_units()
    {
        ClaimResult result = ClaimRunner.Run(Target, Drives(5));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Refuted));
        Assert.That(result.Diagnostics.Select(d => d.Id), Does.Contain(DiagnosticIds.AblationNoBetterThanNull));
    }

    [Test]
    public void A_drives_claim_without_ablation_evidence_gets_CLM0006()
    {
        ClaimDefinition claim = Claim.That(Subjects.Unit("layer", 0)).Drives("a").WithHeldOut().Named("Planted.NoAblation");

        Assert.That(ClaimRunner.Run(Target, claim).Diagnostics.Single().Id, Is.EqualTo(DiagnosticIds.DrivesNeedsAblation));
    }

    [Test]
    public void An_unknown_readout_gets_its_diagnostic()
    {
        ClaimDefinition claim = Claim.That(Subjects.Unit("layer", 0)).Drives("a").WithAblation("stripes", AblationKind.Mean).Named("Planted.NoReadout");

        Assert.That(ClaimRunner.Run(Target, claim).Diagnostics.Single().Id, Is.EqualTo(DiagnosticIds.UnknownReadout));
    }

    [Test]
    public void Projecting_out_a_unit_is_refused_as_an_intervention_that_does_not_fit()
    {
        Assert.That(ClaimRunner.Run(Target, Drives(0, AblationKind.ProjectOut)).Diagnostics.Single().Id, Is.EqualTo(DiagnosticIds.InterventionDoesNotFitSubject));
    }

    [Test]
    public void The_snapshot_carries_the_ablation_evidence_and_its_seed()
    {
        ClaimResult result = ClaimRunner.Run(Target, AxisDrives());

        var document = VerdictDocument.Build(result);

        Assert.That(document["evidence"]!["ablation"]!["null"]!["p"]!.GetValue<double>(), Is.LessThanOrEqualTo(0.05));
        Assert.That(document["evidence"]!["ablation"]!["positives"]!["count"]!.GetValue<int>(), Is.GreaterThan(30));
        Assert.That(document["seeds"]!["ablation"]!.GetValue<string>(), Does.StartWith("0x"));
        Assert.That(document["evidence"]!["heldOut"], Is.Null, "no held-out evidence was demanded");
    }

    [TestCase(ClaimKind.Drives, Verdict.Holds, Verdict.Refuted, ExpectedResult = Verdict.Refuted)]
    [TestCase(ClaimKind.Drives, Verdict.Brittle, Verdict.Holds, ExpectedResult = Verdict.Brittle)]
    [TestCase(ClaimKind.Drives, Verdict.Refuted, Verdict.Holds, ExpectedResult = Verdict.Brittle)]
    [TestCase(ClaimKind.Means, Verdict.Holds, Verdict.Refuted, ExpectedResult = Verdict.Brittle)]
    [TestCase(ClaimKind.Means, Verdict.Holds, Verdict.Inconclusive, ExpectedResult = Verdict.Inconclusive)]
    [TestCase(ClaimKind.Means, Verdict.Refuted, Verdict.Holds, ExpectedResult = Verdict.Refuted)]
    [TestCase(ClaimKind.Means, Verdict.Holds, null, ExpectedResult = Verdict.Holds)]
    public Verdict Primary_evidence_decides_and_failing_secondary_evidence_makes_a_holding_claim_brittle(ClaimKind kind, Verdict? heldOut, Verdict? ablation) =>
        EvidenceCombination.Combine(kind, heldOut, ablation);

    [TestCase(true, ExpectedResult = Verdict.Brittle)]
    [TestCase(false, ExpectedResult = Verdict.Inconclusive)]
    public Verdict Undecided_primary_evidence_that_held_where_formed_is_brittle_when_edits_fail(bool heldWhereFormed) =>
        EvidenceCombination.Combine(ClaimKind.Means, Verdict.Inconclusive, null, Verdict.Brittle, heldWhereFormed);

    [Test]
    public void Patching_on_a_target_that_cannot_edit_its_inputs_gets_CLM3002()
    {
        ClaimDefinition claim = Claim.That(Subjects.Direction("layer", "a-axis", Enumerable.Range(0, 16).Select(i => i == 0 ? 1f : 0f).ToArray()))
            .Drives("a").WithAblation("a", AblationKind.Patch).Named("Planted.Patch");

        Assert.That(ClaimRunner.Run(Target, claim).Diagnostics.Single().Id, Is.EqualTo(DiagnosticIds.PatchCounterpartsMissing));
    }
}
