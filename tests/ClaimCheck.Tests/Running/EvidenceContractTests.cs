using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Reports;
using ClaimCheck.Running;
using ClaimCheck.Tests.Fixtures;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Tests.Running;

/// <summary>The pipeline knows kinds of evidence only through their contract and the registry.</summary>
public class EvidenceContractTests
{
    [Test]
    public void Every_registered_kind_has_its_own_name_and_every_claim_kind_one_primary_evidence()
    {
        Assert.That(EvidenceKinds.All.Select(k => k.Name), Is.Unique);
        foreach (ClaimKind kind in Enum.GetValues<ClaimKind>())
        {
            Assert.That(EvidenceKinds.All.Count(k => k.IsPrimaryFor(kind)), Is.EqualTo(1), $"{kind} needs exactly one primary kind of evidence");
        }
    }

    [Test]
    public void Validation_reports_every_problem_of_a_declaration_at_once()
    {
        ClaimDefinition claim = (PlantedClaim.Unit(0, spec: new HeldOutSettings { MinAuroc = 0.3 }) with
        {
            Expected = new ExpectedOutcome(Verdict.Holds, ["CLM9999"]),
        }).WithAblation(new AblationSettings { Readout = "a", Alpha = 0.9 });

        IReadOnlyList<Diagnostic> problems = ClaimValidation.Problems(claim);

        Assert.That(problems.Select(p => p.Id), Is.EqualTo(new[]
        {
            DiagnosticIds.HeldOutSettingOutOfRange, DiagnosticIds.SettingOutOfRange, DiagnosticIds.UnknownExpectedId,
        }));
        Assert.That(problems.Select(p => p.Severity), Has.All.EqualTo(Severity.Error));
    }

    [Test]
    public void A_claim_with_several_problems_is_inconclusive_with_all_of_them()
    {
        ClaimDefinition claim = PlantedClaim.Unit(0, spec: new HeldOutSettings { MinAuroc = 0.3, Alpha = 0.7 }) with { Concept = " " };

        ClaimResult result = ClaimRunner.Run(new PlantedTarget(), claim);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { DiagnosticIds.NoConcept, DiagnosticIds.HeldOutSettingOutOfRange }));
    }

    [Test]
    public void The_document_writes_each_measured_kind_under_its_name_in_registry_order()
    {
        ClaimDefinition claim = Claim.That(Subjects.Direction("layer", "a-axis")).Drives("a").WithHeldOut().WithAblation("a", AblationKind.Mean).Named("Planted.AxisDrivesA");

        ClaimResult result = ClaimRunner.Run(new Ablation.PlantedAblationTarget(), claim);
        var evidence = VerdictDocument.Build(result)["evidence"]!.AsObject();

        string[] expected = [.. EvidenceKinds.All.Select(k => k.Name).Where(n => n is "heldOut" or "ablation")];
        Assert.That(evidence.Select(p => p.Key), Is.EqualTo(expected));
    }

    [Test]
    public void Claims_compare_by_value_with_their_demanded_evidence()
    {
        ClaimDefinition a = Claim.That(Subjects.Unit("layer", 0)).Means("a").WithHeldOut(s => s with { MinAuroc = 0.9 }).Named("X.Y");
        ClaimDefinition b = Claim.That(Subjects.Unit("layer", 0)).Means("a").WithHeldOut(s => s with { MinAuroc = 0.9 }).Named("X.Y");
        ClaimDefinition c = Claim.That(Subjects.Unit("layer", 0)).Means("a").WithHeldOut(s => s with { MinAuroc = 0.8 }).Named("X.Y");

        Assert.That(a, Is.EqualTo(b));
        Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
        Assert.That(a, Is.Not.EqualTo(c));
    }
}
