using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Reports;
using ClaimCheck.Running;
using ClaimCheck.Statistics;
using ClaimCheck.Tests.Fixtures;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Tests.Running;

/// <summary>Families of claims on the planted target: adjusted together, with a null large enough for the family.</summary>
public class FamilyRunnerTests
{
    private static readonly PlantedTarget Target = new();

    private static FamilyMember Member(ClaimDefinition claim) => new(claim, () => Target, Target.Name);

    private static IReadOnlyList<ClaimResult> Run(FamilyCorrection correction, params ClaimDefinition[] claims) =>
        FamilyRunner.Run([.. claims.Select(Member)], new ClaimFamily("planted", correction));

    [Test]
    public void Twelve_true_claims_all_hold_under_Holm_because_the_null_grows_with_the_family()
    {
        // Twelve copies of a true claim (unit 0 means a) under different names: with 200 draws Holm's smallest adjusted
        // p would be 12/201 > 0.05 and none could hold.
        ClaimDefinition[] claims = [.. Enumerable.Range(0, 12).Select(i => PlantedClaim.Unit(0) with { Id = $"Planted.Copy{i}" })];

        IReadOnlyList<ClaimResult> results = Run(FamilyCorrection.Holm, claims);

        Assert.That(results.Select(r => r.Verdict), Is.All.EqualTo(Verdict.Holds), string.Join("\n", results.SelectMany(r => r.Diagnostics)));
        Assert.That(results[0].Claim.HeldOut!.NullDirections, Is.EqualTo(NullDrawBudget.Draws(200, 0.05, 12)));
        Assert.That(results.Select(r => r.Family!.AdjustedP), Is.All.LessThanOrEqualTo(0.05));
    }

    [Test]
    public void Raw_and_adjusted_p_values_are_recorded_and_the_adjusted_ones_follow_Holm()
    {
        IReadOnlyList<ClaimResult> results = Run(FamilyCorrection.Holm, PlantedClaim.Unit(0), PlantedClaim.Unit(7), PlantedClaim.Direction("a-axis"));

        double[] raw = [.. results.Select(r => r.Family!.P)];
        Assert.That(results.Select(r => r.Family!.AdjustedP), Is.EqualTo(MultipleTesting.Holm(raw)));
        // The claim's p is the largest over its held-out splits (the discovery split is where it was formed).
        Assert.That(raw[1], Is.EqualTo(results[1].HeldOut!.HeldOut.Max(s => s.NullP)));
        Assert.That(results[1].Verdict, Is.EqualTo(Verdict.Refuted));
    }

    [Test]
    public void Held_out_splits_are_judged_on_the_adjusted_p_and_the_discovery_split_on_the_raw_one()
    {
        IReadOnlyList<ClaimResult> results = Run(FamilyCorrection.Holm, PlantedClaim.Unit(0), PlantedClaim.Unit(7), PlantedClaim.Unit(8));
        HeldOutEvidence noise = results[1].HeldOut!;

        Assert.That(noise.Discovery!.AdjustedP, Is.EqualTo(noise.Discovery.NullP));
        Assert.That(noise.HeldOut.Select(s => s.AdjustedP), Is.EqualTo(noise.HeldOut.Select(s => Math.Min(1, s.NullP * results[1].Family!.AdjustedP / results[1].Family!.P))).Within(1e-12));
    }

    [Test]
    public void A_claim_that_cannot_be_evaluated_counts_in_the_family_with_p_one()
    {
        IReadOnlyList<ClaimResult> results = Run(FamilyCorrection.Holm, PlantedClaim.Unit(0), PlantedClaim.Unit(0, layer: "missing"));

        Assert.That(results[1].Verdict, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(results[1].Family!.P, Is.EqualTo(1));
        Assert.That(results[0].Family!.Size, Is.EqualTo(2));
        Assert.That(results[0].Verdict, Is.EqualTo(Verdict.Holds));
    }

    [Test]
    public void Without_correction_each_claim_is_judged_alone_with_the_usual_null()
    {
        IReadOnlyList<ClaimResult> results = Run(FamilyCorrection.None, PlantedClaim.Unit(0), PlantedClaim.Unit(7));

        Assert.That(results.Select(r => r.Family!.AdjustedP), Is.EqualTo(results.Select(r => r.Family!.P)));
        Assert.That(results[0].Claim.HeldOut!.NullDirections, Is.EqualTo(200));
        Assert.That(results[0].Verdict, Is.EqualTo(ClaimRunner.Run(Target, PlantedClaim.Unit(0)).Verdict));
    }

    [Test]
    public void Benjamini_Hochberg_adjusts_no_more_than_Holm()
    {
        ClaimDefinition[] claims = [PlantedClaim.Unit(0), PlantedClaim.Unit(1), PlantedClaim.Unit(7), PlantedClaim.Direction("a-axis")];

        double[] holm = [.. Run(FamilyCorrection.Holm, claims).Select(r => r.Family!.AdjustedP)];
        double[] bh = [.. Run(FamilyCorrection.BenjaminiHochberg, claims).Select(r => r.Family!.AdjustedP)];

        Assert.That(bh.Zip(holm).All(p => p.First <= p.Second + 1e-12), Is.True, $"BH {string.Join(", ", bh)} vs Holm {string.Join(", ", holm)}");
    }

    [Test]
    public void The_snapshot_records_the_family_and_both_p_values()
    {
        ClaimResult result = Run(FamilyCorrection.Holm, PlantedClaim.Unit(0), PlantedClaim.Unit(7))[1];

        var document = VerdictDocument.Build(result);

        Assert.That((string)document["family"]!["correction"]!, Is.EqualTo("Holm"));
        Assert.That((int)document["family"]!["size"]!, Is.EqualTo(2));
        Assert.That(document["evidence"]!["heldOut"]!["splits"]![1]!["adjustedP"], Is.Not.Null);
        Assert.That(document["evidence"]!["heldOut"]!["splits"]![0]!["adjustedP"], Is.Null, "the discovery split is not adjusted");
    }

    [Test]
    public void A_claim_run_alone_records_no_family()
    {
        Assert.That(ClaimRunner.Run(Target, PlantedClaim.Unit(0)).Family, Is.Null);
        Assert.That(VerdictDocument.Build(ClaimRunner.Run(Target, PlantedClaim.Unit(0)))["family"], Is.Null);
    }

    [Test]
    public void A_family_without_a_name_is_refused()
    {
        var error = Assert.Throws<ClaimCheckException>(() => FamilyRunner.Run([Member(PlantedClaim.Unit(0))], new ClaimFamily(" ", FamilyCorrection.Holm)));

        Assert.That(error!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.InvalidClaimFamily));
    }
}
