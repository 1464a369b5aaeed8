using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Ablation;
using NUnit.Framework;

namespace ClaimCheck.Tests.Ablation;

/// <summary>
/// The dormant-pathway illusion built by hand (<see cref="TinyModels.Dormant"/>): h = (c, 0) and out0 = h1. Patching
/// the whole layer from the concept-removed input changes nothing (h1 stays 0), but patching d = (1, 1)/√2 moves
/// (c_cf − c)/2 into h1: effect (c − c_cf)/2 = 0.5 on positives, more than the layer's 0.
/// </summary>
public class DormantPathwayTests
{
    private static TinyTarget Target()
    {
        bool[] concept = Enumerable.Range(0, 40).Select(i => i % 2 == 0).ToArray();
        float[][] inputs = concept.Select((c, i) => new[] { c ? 1f : 0f, (i % 7) - 3f }).ToArray();
        return new TinyTarget(TinyModels.Dormant(), inputs, concept, directions:
        [
            new("mixed", "layer", [1, 1], "a component that carries c plus a dormant one that drives the output"),
            new("carrier", "layer", [1, 0], "the component that carries c"),
        ]);
    }

    private static AblationEvidence Patch(string direction)
    {
        using TinyTarget target = Target();
        var spec = new AblationEngineSettings { Kind = AblationKind.Patch, Counterparts = split => TinyTarget.Edited(split, x => [0, x[1]]) };
        return AblationCheck.Measure(target, new DirectionSubject("layer", direction), target.Readout("out0"), "c", spec, seed: 2);
    }

    [Test]
    public void A_direction_through_a_dormant_pathway_is_flagged()
    {
        AblationEvidence evidence = Patch("mixed");

        Assert.That(evidence.Positives.Mean, Is.EqualTo(0.5).Within(1e-6));
        Assert.That(evidence.Negatives.Mean, Is.EqualTo(0).Within(1e-6), "negatives keep c = 0 in their counterpart");
        DormantPathwayCheck check = evidence.DormantPathway!;
        Assert.That(check.LayerPositives.Mean, Is.EqualTo(0).Within(1e-6));
        Assert.That(check.DirectionEffect, Is.EqualTo(0.5).Within(1e-6));
        Assert.That(check.Flagged, Is.True);

        Diagnostic? diagnostic = check.ToDiagnostic(evidence.Subject, evidence.Split);
        Assert.That(diagnostic, Is.Not.Null);
        Assert.That(diagnostic!.Id, Is.EqualTo(DiagnosticIds.DormantPathway));
        Assert.That(diagnostic.Severity, Is.EqualTo(Severity.Warning));
        Assert.That(diagnostic.Message, Does.Contain("by 0.50").And.Contain("(0.00 [0.00, 0.00])").And.Contain("direction 'mixed' in layer"));
    }

    [Test]
    public void The_component_that_only_carries_the_concept_is_not_flagged()
    {
        // Patching h0 alone changes nothing downstream, exactly like patching the layer: equal effects never flag.
        AblationEvidence evidence = Patch("carrier");

        Assert.That(evidence.Positives.Mean, Is.EqualTo(0).Within(1e-9));
        Assert.That(evidence.DormantPathway!.Flagged, Is.False);
    }
}
