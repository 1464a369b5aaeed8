using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Running;
using ClaimCheck.Tests.Fixtures;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Tests.Running;

/// <summary>Bad input gets an error diagnostic with an ID and a clear message, never a crash or a silent pass.</summary>
public class BadInputTests
{
    private static readonly PlantedTarget Target = new();

    private static Diagnostic SingleError(ClaimResult result)
    {
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Inconclusive));
        return result.Diagnostics.Single(d => d.Severity == Severity.Error);
    }

    [Test]
    public void Unknown_layer()
    {
        Diagnostic error = SingleError(ClaimRunner.Run(Target, PlantedClaim.Unit(0, layer: "encoder.missing")));

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.UnknownLayer));
        Assert.That(error.Message, Does.Contain("'encoder.missing'").And.Contain("layer"));
    }

    [Test]
    public void Unit_out_of_range()
    {
        Diagnostic error = SingleError(ClaimRunner.Run(Target, PlantedClaim.Unit(16)));

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.UnitOutOfRange));
        Assert.That(error.Message, Does.Contain("16 units"));
    }

    [Test]
    public void Negative_unit()
    {
        Assert.That(SingleError(ClaimRunner.Run(Target, PlantedClaim.Unit(-1))).Id, Is.EqualTo(DiagnosticIds.UnitOutOfRange));
    }

    [Test]
    public void Unknown_concept()
    {
        Diagnostic error = SingleError(ClaimRunner.Run(Target, PlantedClaim.Unit(0, concept: "stripes")));

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.UnknownConcept));
        Assert.That(error.Message, Does.Contain("known concepts: a, b, never"));
    }

    [Test]
    public void Concept_with_no_positives()
    {
        Diagnostic error = SingleError(ClaimRunner.Run(Target, PlantedClaim.Unit(0, concept: "never")));

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.ConceptWithoutContrast));
        Assert.That(error.Message, Does.Contain("0 positive"));
    }

    [Test]
    public void Overlapping_splits()
    {
        var overlapping = new PlantedTarget(new PlantedTarget.Options { ShareExamples = true });

        Diagnostic error = SingleError(ClaimRunner.Run(overlapping, PlantedClaim.Unit(0)));

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.OverlappingSplits));
        Assert.That(error.Message, Does.StartWith("1 of the 1200 examples"));
    }

    [Test]
    public void Non_finite_activations()
    {
        var broken = new PlantedTarget(new PlantedTarget.Options { UnitZeroWeight = float.NaN });

        Diagnostic error = SingleError(ClaimRunner.Run(broken, PlantedClaim.Unit(1)));

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.NonFiniteActivations));
    }

    [Test]
    public void Unknown_direction()
    {
        Diagnostic error = SingleError(ClaimRunner.Run(Target, PlantedClaim.Direction("stripes-probe")));

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.UnknownDirection));
        Assert.That(error.Message, Does.Contain("'a-axis' in layer"));
    }

    [Test]
    public void Zero_norm_direction()
    {
        Assert.That(SingleError(ClaimRunner.Run(Target, PlantedClaim.Direction("zero"))).Id, Is.EqualTo(DiagnosticIds.DirectionZeroNorm));
    }

    [Test]
    public void Direction_of_the_wrong_length()
    {
        ClaimDefinition claim = PlantedClaim.Direction("x") with { Subject = new DirectionSubject("layer", "short", [1f, 2f, 3f]) };

        Diagnostic error = SingleError(ClaimRunner.Run(Target, claim));

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.DirectionWrongLength));
        Assert.That(error.Message, Does.Contain("3 components").And.Contain("16 units"));
    }

    [TestCase(0.5)]
    [TestCase(1.5)]
    [TestCase(double.NaN)]
    public void Threshold_out_of_range(double minAuroc)
    {
        Diagnostic error = SingleError(ClaimRunner.Run(Target, PlantedClaim.Unit(0, spec: new HeldOutSettings { MinAuroc = minAuroc })));

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.HeldOutSettingOutOfRange), "the analyzer's ID, at run time too");
        Assert.That(error.Message, Does.Contain("MinAuroc"));
    }

    [Test]
    public void Too_small_a_null()
    {
        Assert.That(SingleError(ClaimRunner.Run(Target, PlantedClaim.Unit(0, spec: new HeldOutSettings { NullDirections = 10 }))).Id,
            Is.EqualTo(DiagnosticIds.HeldOutSettingOutOfRange));
    }

    [Test]
    public void An_expectation_naming_an_unknown_id()
    {
        Diagnostic error = SingleError(ClaimRunner.Run(Target, PlantedClaim.Unit(0) with { Expected = new ExpectedOutcome(Verdict.Holds, ["CLM1210"]) }));

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.UnknownExpectedId));
        Assert.That(error.Message, Does.Contain("'CLM1210'"));
    }

    [Test]
    public void No_evidence_demanded()
    {
        Assert.That(SingleError(ClaimRunner.Run(Target, PlantedClaim.Unit(0).WithHeldOut(null))).Id, Is.EqualTo(DiagnosticIds.NoEvidence));
    }

    [Test]
    public void Drives_without_ablation_evidence()
    {
        Diagnostic error = SingleError(ClaimRunner.Run(Target, PlantedClaim.Unit(0, kind: ClaimKind.Drives)));

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.DrivesNeedsAblation));
        Assert.That(error.Message, Does.Contain("ablation"));
    }

    [Test]
    public void Targeted_edits_on_a_target_that_provides_none()
    {
        Diagnostic error = SingleError(ClaimRunner.Run(Target, PlantedClaim.Unit(0).WithEdits(ClaimCheck.Evidence.Edits.EditSettings.Default)));

        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.ConceptHasNoEdits));
        Assert.That(error.Message, Does.Contain("EditsFor"));
    }
}
