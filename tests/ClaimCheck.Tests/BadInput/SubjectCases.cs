using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Tests.Fixtures;
using NUnit.Framework;

namespace ClaimCheck.Tests.BadInput;

/// <summary>Bad-input catalog, the subject: what a claim points at does not exist or cannot be scored.</summary>
public class SubjectCases
{
    [Test]
    public void Unknown_layer_CLM5001()
    {
        Diagnostic error = CatalogRun.Expect(DiagnosticIds.UnknownLayer, typeof(PlantedTarget), PlantedClaim.Unit(0, layer: "encoder.missing"));

        Assert.That(error.Message, Does.Contain("'encoder.missing'"));
    }

    [TestCase(16)]
    [TestCase(-1)]
    public void Unit_index_out_of_range_CLM5002(int unit)
    {
        Diagnostic error = CatalogRun.Expect(DiagnosticIds.UnitOutOfRange, typeof(PlantedTarget), PlantedClaim.Unit(unit));

        Assert.That(error.Message, Does.Contain("16 units (0 to 15)"));
    }

    [Test]
    public void Direction_of_the_wrong_length_CLM5003()
    {
        ClaimDefinition claim = PlantedClaim.Direction("short") with { Subject = new DirectionSubject("layer", "short", [1f, 2f, 3f]) };

        Diagnostic error = CatalogRun.Expect(DiagnosticIds.DirectionWrongLength, typeof(PlantedTarget), claim);

        Assert.That(error.Message, Does.Contain("3 components").And.Contain("16 units"));
    }

    [Test]
    public void Direction_of_zero_norm_CLM5004()
    {
        Assert.That(CatalogRun.Expect(DiagnosticIds.DirectionZeroNorm, typeof(PlantedTarget), PlantedClaim.Direction("zero")).Message, Does.Contain("norm 0"));
    }

    [Test]
    public void Direction_of_infinite_norm_CLM5004()
    {
        ClaimDefinition claim = PlantedClaim.Direction("huge") with
        {
            Subject = new DirectionSubject("layer", "huge", [float.PositiveInfinity, .. new float[PlantedTarget.Width - 1]]),
        };

        Assert.That(CatalogRun.Expect(DiagnosticIds.DirectionZeroNorm, typeof(PlantedTarget), claim).Message, Does.Contain("finite, non-zero norm"));
    }

    [Test]
    public void Unknown_direction_CLM5010()
    {
        Assert.That(CatalogRun.Expect(DiagnosticIds.UnknownDirection, typeof(PlantedTarget), PlantedClaim.Direction("stripes-probe")).Message,
            Does.Contain("'a-axis' in layer"));
    }

    [Test]
    public void Unknown_concept_CLM5008()
    {
        Assert.That(CatalogRun.Expect(DiagnosticIds.UnknownConcept, typeof(PlantedTarget), PlantedClaim.Unit(0, concept: "stripes")).Message,
            Does.Contain("known concepts: a, b, never"));
    }

    [Test]
    public void Readout_that_does_not_exist_CLM5013()
    {
        ClaimDefinition claim = PlantedClaim.Unit(0, kind: ClaimKind.Drives).WithAblation(new AblationSettings { Readout = "logit-of-a" });

        Diagnostic error = CatalogRun.Expect(DiagnosticIds.UnknownReadout, typeof(PlantedTarget), claim);

        Assert.That(error.Message, Does.Contain("no readout 'logit-of-a'").And.Contain("it provides: none"));
    }
}
