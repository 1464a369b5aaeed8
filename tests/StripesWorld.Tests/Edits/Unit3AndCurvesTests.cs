using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Edits;
using NUnit.Framework;
using StripesWorld.Edits;
using StripesWorld.Scenes;

namespace StripesWorld.Tests.Edits;

/// <summary>
/// A claim about a feature unit 3 ignores (GroundTruth: it stays at its empty level for curves). Its own held-out gap
/// for curves is negative, which CLM2001 reports; scaled by the unit's stripes gap instead (the size of a response
/// the unit does give), adding curves fails the Add property almost always.
/// </summary>
public class Unit3AndCurvesTests
{
    [Test]
    public void The_curves_gap_is_not_positive_so_the_check_reports_CLM2001()
    {
        EditResult<Scene> result = EditCheck.Measure(
            World.Target, Claims.Unit3, SceneEdits.For(World.Target, FeatureKind.Curves), Claims.Encoder, Claims.Gap(Claims.Unit3, FeatureKind.Curves));

        Assert.That(result.Evidence.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { DiagnosticIds.EditGapNotPositive }));
        Assert.That(result.Evidence.Kinds, Is.Empty);
    }

    [Test]
    public void Scaled_by_the_units_stripes_gap_adding_curves_fails_add()
    {
        var settings = EditSettings.Default with { Kinds = [EditKind.Add] };
        EditResult<Scene> result = EditCheck.Measure(
            World.Target, Claims.Unit3, SceneEdits.For(World.Target, FeatureKind.Curves), Claims.Encoder, Claims.Gap(Claims.Unit3, FeatureKind.Stripes), settings);
        EditKindEvidence add = result.Evidence.For(EditKind.Add)!;
        TestContext.Out.WriteLine($"{add.Failures}/{add.Cases}: {add.Counterexample?.Summary}");

        Assert.That(add.Outcome, Is.EqualTo(EditOutcome.Failed));
        Assert.That(add.FailureRateInterval.Lower, Is.GreaterThan(0.5));
        Assert.That(result.Evidence.Diagnostics.Select(d => d.Id), Does.Contain(DiagnosticIds.AddEditsFail));
    }
}
