using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Targets;
using NUnit.Framework;
using StripesWorld.Edits;
using StripesWorld.Rendering;
using StripesWorld.Scenes;

namespace StripesWorld.Tests.Edits;

/// <summary>"Unit 3 of the bottleneck means stripes" under targeted edits: the designed illusion must fail them.</summary>
public class Unit3MeansStripesTests
{
    private static EditResult<Scene>? _result;

    private static EditResult<Scene> Result => _result ??= EditCheck.Measure(
        World.Target, Claims.Unit3, SceneEdits.For(World.Target, FeatureKind.Stripes), Claims.Encoder, Claims.Gap(Claims.Unit3, FeatureKind.Stripes));

    [Test]
    public void The_nuisance_property_fails_with_a_shrunk_counterexample()
    {
        EditKindEvidence nuisance = Result.Evidence.For(EditKind.Nuisance)!;
        TestContext.Out.WriteLine(string.Join(Environment.NewLine, Result.Evidence.Diagnostics));

        Assert.That(nuisance.Outcome, Is.EqualTo(EditOutcome.Failed));
        Assert.That(nuisance.FailureRateInterval.Upper, Is.GreaterThanOrEqualTo(0.1));
        Assert.That(Result.Evidence.Diagnostics.Select(d => d.Id), Does.Contain(DiagnosticIds.NuisanceEditsMoveSubject));
        Assert.That(nuisance.Counterexample, Is.Not.Null);
        Assert.That(Math.Abs(nuisance.Counterexample!.ChangeInGaps), Is.GreaterThan(0.25), "a nuisance counterexample moves the unit by more than ε");
    }

    [Test]
    public void Add_and_remove_fail_too()
    {
        Assert.That(Result.Evidence.For(EditKind.Add)!.Outcome, Is.EqualTo(EditOutcome.Failed));
        Assert.That(Result.Evidence.For(EditKind.Remove)!.Outcome, Is.EqualTo(EditOutcome.Failed));
        Assert.That(Result.Evidence.Passed, Is.False);
    }

    [TestCase(EditKind.Add)]
    [TestCase(EditKind.Remove)]
    [TestCase(EditKind.Nuisance)]
    public void The_shrunk_counterexample_is_smaller_than_the_first_failing_case(EditKind kind)
    {
        EditCounterexample c = Result.Evidence.For(kind)!.Counterexample!;

        Assert.That(c.Size, Is.LessThan(c.FirstFailingSize), $"{c.FirstFailingDescription} → {c.Description}");
        Assert.That(c.Replay.ShrinkPath, Is.Not.Empty);
        Assert.That(Result.MinimalCases[kind].Size, Is.EqualTo(c.Size));
    }

    [TestCase(EditKind.Add)]
    [TestCase(EditKind.Remove)]
    [TestCase(EditKind.Nuisance)]
    public void Replay_reproduces_the_counterexample_bit_for_bit(EditKind kind)
    {
        EditCounterexample recorded = Result.Evidence.For(kind)!.Counterexample!;
        var edits = SceneEdits.For(World.Target, FeatureKind.Stripes);

        EditCase<Scene> replayedCase = EditReplayer.Case(edits, recorded.Replay);
        EditCounterexample replayed = EditReplayer.Counterexample(
            World.Target, Claims.Unit3, edits, Claims.Encoder, Claims.Gap(Claims.Unit3, FeatureKind.Stripes), recorded.Replay, recorded.ShrinkEvaluations);

        Assert.That(replayedCase, Is.EqualTo(Result.MinimalCases[kind]));
        Assert.That(SceneRenderer.Render(replayedCase.Edited()), Is.EqualTo(SceneRenderer.Render(Result.MinimalCases[kind].Edited())));
        Assert.That(replayed, Is.EqualTo(recorded));
        Assert.That(BitConverter.DoubleToInt64Bits(replayed.After), Is.EqualTo(BitConverter.DoubleToInt64Bits(recorded.After)));
    }

    [Test]
    public void The_counterexample_is_drawn_side_by_side()
    {
        EditCase<Scene> minimal = Result.MinimalCases[EditKind.Nuisance];

        PixelImage picture = EditPicture.SideBySide(minimal, Claims.Encoder, scale: 4);

        // Two scenes of the encoder's shape [C, H, W] enlarged 4 times, with a gap of 2 between them.
        IReadOnlyList<long> shape = Claims.Encoder.ExampleShape;
        Assert.That((picture.Channels, picture.Width, picture.Height), Is.EqualTo(((int)shape[0], (2 * (int)shape[2] * 4) + 2, (int)shape[1] * 4)));
        Assert.That(picture.Pixels.ToArray().Distinct().Count(), Is.GreaterThan(2), "the scenes are drawn, not only the gap");
    }
}
