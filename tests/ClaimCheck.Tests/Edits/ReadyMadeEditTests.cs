using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Evidence.Edits.ReadyMade;
using ClaimCheck.Running;
using ClaimCheck.Targets;
using ClaimCheck.Tests.BuiltTargets;
using ClaimCheck.Verdicts;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Edits;

/// <summary>The ready-made edits: what each does to its input, how it shrinks, and a claim judged with them.</summary>
public class ReadyMadeEditTests
{
    private static ExampleInput Vector(params float[] values) => new(values, [values.Length]);

    // A 1×3×3 image with values 1..9, row by row.
    private static ExampleInput Image() => new([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 3, 3]);

    [Test]
    public void Set_toggle_and_nudge_change_one_feature_and_leave_the_input_as_it_was()
    {
        ExampleInput input = Vector(0f, 1f, 0.5f);

        Assert.That(new SetFeature(0, 0.75f).Apply(input).Values.ToArray(), Is.EqualTo(new[] { 0.75f, 1f, 0.5f }));
        Assert.That(new SetFeature(2, 0.5f, 0.25f, 2).Apply(input).Values.ToArray(), Is.EqualTo(new[] { 0f, 1f, 1f }));
        Assert.That(new ToggleFeature(0).Apply(input).Values.ToArray(), Is.EqualTo(new[] { 1f, 1f, 0.5f }));
        Assert.That(new ToggleFeature(1).Apply(input).Values.ToArray(), Is.EqualTo(new[] { 0f, 0f, 0.5f }));
        Assert.That(new NudgeFeature(2, 0.25f, -3).Apply(input).Values.ToArray(), Is.EqualTo(new[] { 0f, 1f, -0.25f }));
        Assert.That(input.Values.ToArray(), Is.EqualTo(new[] { 0f, 1f, 0.5f }), "edits are pure");
    }

    [Test]
    public void Vector_edits_say_what_they_do()
    {
        Assert.That(new SetFeature(3, 0.8f) { FeatureName = "age" }.Describe(), Is.EqualTo("sets feature 3 (age) to 0.8"));
        Assert.That(new ToggleFeature(1).Describe(), Is.EqualTo("toggles feature 1 (0 ↔ 1)"));
        Assert.That(new NudgeFeature(2, 0.25f, -3).Describe(), Is.EqualTo("subtracts 0.75 from feature 2"));
        Assert.That(new NudgeFeature(2, 0.25f, 1).Describe(), Is.EqualTo("adds 0.25 to feature 2"));
    }

    [Test]
    public void Each_edit_shrinks_to_smaller_versions_of_itself_and_atomic_ones_do_not_shrink()
    {
        Assert.That(new NudgeFeature(0, 0.5f, -4).Shrinks(), Is.EqualTo(new[] { new NudgeFeature(0, 0.5f, -1), new NudgeFeature(0, 0.5f, -3) }));
        Assert.That(new SetFeature(0, 0.5f, 0.1f, 3).Shrinks(), Is.EqualTo(new[] { new SetFeature(0, 0.5f, 0.1f, 0), new SetFeature(0, 0.5f, 0.1f, 2) }));
        Assert.That(new ShiftImage(2, -1).Shrinks(), Is.EqualTo(new[] { new ShiftImage(0, -1), new ShiftImage(1, -1), new ShiftImage(2, 0) }));
        Assert.That(new BrightenImage(0.1f, 3).Shrinks(), Is.EqualTo(new[] { new BrightenImage(0.1f, 1), new BrightenImage(0.1f, 2) }));
        var patch = new ImagePatch("a dot", 1, 1, [1f]);
        Assert.That(new OverlayPatch(patch, 0, 0, 4, 4).Shrinks(), Is.EqualTo(new[] { new OverlayPatch(patch, 0, 0, 1, 4), new OverlayPatch(patch, 0, 0, 3, 4) }));
        Assert.That(new ToggleFeature(0).Shrinks(), Is.Empty);
        Assert.That(new SetFeature(0, 1f).Shrinks(), Is.Empty);
        foreach (IShrinkingEdit<ExampleInput> edit in new IShrinkingEdit<ExampleInput>[] { new NudgeFeature(0, 1, 5), new ShiftImage(-3, 2), new BrightenImage(0.1f, -4), new SetFeature(1, 0, 1, 6) })
        {
            Assert.That(edit.Shrinks().Select(s => s.Size), Is.All.LessThan(edit.Size).And.All.GreaterThan(0), edit.Describe());
        }
    }

    [Test]
    public void Following_the_first_smaller_edit_reaches_the_smallest_edit()
    {
        IShrinkingEdit<ExampleInput> edit = new ShiftImage(3, -2);
        while (edit.Shrinks().FirstOrDefault() is { } smaller)
        {
            edit = smaller;
        }

        Assert.That(edit.Size, Is.EqualTo(1));
    }

    [Test]
    public void Shift_moves_pixels_and_fills_the_edge()
    {
        Assert.That(new ShiftImage(1, 0).Apply(Image()).Values.ToArray(), Is.EqualTo(new float[] { 0, 1, 2, 0, 4, 5, 0, 7, 8 }));
        Assert.That(new ShiftImage(0, -1) { Fill = 0.5f }.Apply(Image()).Values.ToArray(), Is.EqualTo(new float[] { 4, 5, 6, 7, 8, 9, 0.5f, 0.5f, 0.5f }));
        Assert.That(new ShiftImage(1, 1).Describe(), Is.EqualTo("shifts it by (1, 1) px"));
    }

    [Test]
    public void Brightness_adds_to_every_pixel_within_its_range()
    {
        ExampleInput image = new([0f, 0.5f, 0.95f, 0.02f], [2, 2]);

        Assert.That(new BrightenImage(0.04f, 2).Apply(image).Values.ToArray(), Is.EqualTo(new[] { 0.08f, 0.58f, 1f, 0.1f }).Within(1e-6f));
        Assert.That(new BrightenImage(0.04f, -1).Apply(image).Values.ToArray(), Is.EqualTo(new[] { 0f, 0.46f, 0.91f, 0f }).Within(1e-6f));
        Assert.That(new BrightenImage(0.04f, -3).Describe(), Is.EqualTo("darkens every pixel by 0.12"));
    }

    [Test]
    public void Overlay_blends_the_patch_in_at_its_place_in_every_channel()
    {
        var patch = new ImagePatch("a bright square", 2, 2, [10, 10, 10, 10]);
        ExampleInput image = new([.. Enumerable.Repeat(0f, 18)], [2, 3, 3]);

        float[] overlaid = new OverlayPatch(patch, 1, 1, 1, 2).Apply(image).Values.ToArray();

        float[] plane = [0, 0, 0, 0, 5, 5, 0, 5, 5];
        Assert.That(overlaid, Is.EqualTo(plane.Concat(plane)));
        Assert.That(new OverlayPatch(patch, 1, 1, 1, 2).Describe(), Is.EqualTo("overlays a bright square (2×2 px) at (1, 1) with opacity 0.5"));
    }

    [Test]
    public void An_image_edit_on_an_input_that_is_not_an_image_says_so()
    {
        Assert.That(() => new ShiftImage(1, 0).Apply(Vector(1, 2, 3)), Throws.ArgumentException.With.Message.Contains("[C, H, W] or [H, W]"));
    }

    [Test]
    public void Generators_draw_edits_in_their_range()
    {
        EditInput[] nudges = Sample(FeatureEdits.Nudge([2, 5], 0.25f, 3));
        EditInput[] shifts = Sample(PixelEdits.Shift(2));
        EditInput[] sets = Sample(FeatureEdits.Set(0, 0.5f, 1f, 5));

        Assert.That(nudges.Select(e => (NudgeFeature)e.Edit), Has.All.Matches<NudgeFeature>(n => n!.Feature is 2 or 5 && Math.Abs(n.Steps) is >= 1 and <= 3));
        Assert.That(shifts.Select(e => (ShiftImage)e.Edit), Has.All.Matches<ShiftImage>(s => s!.Size > 0 && Math.Abs(s.Dx) <= 2 && Math.Abs(s.Dy) <= 2));
        Assert.That(sets.Select(e => ((SetFeature)e.Edit).Value), Has.All.InRange(0.5f, 1f));
    }

    [Test]
    public void Examples_with_the_concept_are_the_bases_of_removes_and_those_without_of_adds()
    {
        var split = new DataSplit("held-out", SplitRole.HeldOut, [0, 1, 0, 1, 1, 0], [1]);
        bool[] present = [false, true, false, true, true, false];
        var edits = new ExampleEdits("on", split, present, FeatureEdits.Set(0, 1f), FeatureEdits.Set(0, 0f), FeatureEdits.Nudge([0], 0.1f, 1));

        float[] addBases = [.. Gen.Sample(edits.Add.Generator, 50).Select(c => c.Base.Values[0])];
        float[] removeBases = [.. Gen.Sample(edits.Remove.Generator, 50).Select(c => c.Base.Values[0])];

        Assert.That(addBases, Is.All.EqualTo(0f));
        Assert.That(removeBases, Is.All.EqualTo(1f));
        Assert.That(Gen.Sample(edits.Add.Generator, 1)[0].BaseDescription, Does.Match("^held-out example [025]$"));
    }

    [Test]
    public void A_split_without_contrast_for_the_concept_is_CLM5006()
    {
        var split = new DataSplit("held-out", SplitRole.HeldOut, [0, 0], [1]);

        var error = Assert.Throws<ClaimCheckException>(() => _ = new ExampleEdits("on", split, [false, false], FeatureEdits.Set(0, 1f), FeatureEdits.Set(0, 0f), FeatureEdits.Toggle(0)))!;

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.ConceptWithoutContrast));
    }

    [Test]
    public void A_targeted_edit_claim_on_vector_inputs_holds_with_ready_made_edits()
    {
        using AuditTarget target = VectorTarget(FeatureEdits.Nudge([2, 3, 4, 5], 0.3f, 4));

        ClaimResult result = ClaimRunner.Run(target, Claim.That(Subjects.Unit("layer", 0)).Detects("a").WithHeldOut().WithEdits(s => s with { Cases = 60 }).Named("ReadyMade.Unit0"));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Holds), string.Join("\n", result.Diagnostics));
        Assert.That(result.Edits!.Evidence.Kinds.Select(k => k.Cases), Is.All.EqualTo(60));
        Assert.That(result.Edits.Pictures, Is.Empty, "vectors are not drawn");
    }

    [Test]
    public void A_nuisance_nudge_of_the_concepts_own_feature_fails_and_shrinks_to_one_step()
    {
        // Nudging feature 0 by 0.3 or more moves unit 0 by more than a quarter of its gap (about 1): every nudge fails.
        // The generator draws nudges of 3 or 4 steps; the shrinker takes the failure down to a single step.
        using AuditTarget target = VectorTarget(FeatureEdits.Nudge([0], 0.3f, 4).Where(e => e.Size >= 3));

        ClaimResult result = ClaimRunner.Run(target, Claim.That(Subjects.Unit("layer", 0)).Detects("a").WithHeldOut().WithEdits(s => s with { Cases = 40 }).Named("ReadyMade.OwnFeature"));

        EditCounterexample counterexample = result.Edits!.Evidence.For(EditKind.Nuisance)!.Counterexample!;
        Assert.That(result.Diagnostics.Select(d => d.Id), Does.Contain(DiagnosticIds.NuisanceEditsMoveSubject));
        Assert.That(result.Verdict, Is.Not.EqualTo(Verdict.Holds));
        Assert.That(counterexample.Size, Is.EqualTo(1));
        Assert.That(counterexample.FirstFailingSize, Is.GreaterThan(1), "the failure found first was a bigger nudge, and it shrank");
        Assert.That(counterexample.Description, Does.Match(@"^(adds 0\.3 to|subtracts 0\.3 from) feature 0 of held-out example \d+$"));
        Assert.That(counterexample.FirstFailingDescription, Does.Match(@"(0\.9|1\.2) (to|from) feature 0"));
    }

    private static AuditTarget VectorTarget(Gen<IEdit<ExampleInput>> nuisance) =>
        AuditTarget.Build("vectors with edits", VectorData.CopyingModel())
            .WithSplits(VectorData.Pool(1800).SplitByRatio(seed: 3, SplitShare.Discovery(1.0 / 3), SplitShare.HeldOut(2.0 / 3)))
            .WithConcept("a", "component 0 is on")
            .WithEdits("a", add: FeatureEdits.Set(0, 1f), remove: FeatureEdits.Set(0, 0f), nuisance: nuisance)
            .WithDevice(CPU)
            .Create();

    private sealed record EditInput(IEdit<ExampleInput> Edit);

    private static EditInput[] Sample(Gen<IEdit<ExampleInput>> edits) => [.. Gen.Sample(edits, 200).Select(e => new EditInput(e))];
}
