using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Readouts;
using ClaimCheck.Running;
using ClaimCheck.Targets;
using ClaimCheck.Verdicts;
using NUnit.Framework;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.BuiltTargets;

/// <summary>An audit target built from parts, with no subclass, gets the verdicts a subclass gets.</summary>
public class AuditTargetBuilderTests
{
    private static AuditTargetBuilder Vectors() =>
        AuditTarget.Build("vectors", VectorData.CopyingModel())
            .WithSplits(VectorData.Pool(1800).SplitByRatio(seed: 3, SplitShare.Discovery(1.0 / 3), SplitShare.HeldOut(2.0 / 3)))
            .WithDevice(CPU);

    [Test]
    public void A_built_target_with_a_label_column_concept_gets_its_verdicts()
    {
        using AuditTarget target = Vectors().WithConcept("a", "component 0 is on").WithConcept("b", "component 1 is on").Create();

        ClaimResult holds = ClaimRunner.Run(target, Claim.That(Subjects.Unit("layer", 0)).Means("a").WithHeldOut().Named("Built.Unit0"));
        ClaimResult refuted = ClaimRunner.Run(target, Claim.That(Subjects.Unit("layer", 5)).Means("a").WithHeldOut().Named("Built.Unit5"));

        Assert.That(holds.Verdict, Is.EqualTo(Verdict.Holds), string.Join("\n", holds.Diagnostics));
        Assert.That(refuted.Verdict, Is.EqualTo(Verdict.Refuted), string.Join("\n", refuted.Diagnostics));
        Assert.That(target.Name, Is.EqualTo("vectors"));
        Assert.That(target.Splits.Select(s => (s.Name, s.Role, s.Count)),
            Is.EqualTo(new[] { ("discovery", SplitRole.Discovery, 600), ("held-out", SplitRole.HeldOut, 1200) }));
    }

    [Test]
    public void A_concept_labelled_from_the_examples_values_needs_no_label_column()
    {
        using AuditTarget target = Vectors().WithConcept("a-high", "component 0 above 0.5", example => example[0] > 0.5f).Create();
        DataSplit heldOut = target.Split("held-out");

        bool[] labels = target.Concepts["a-high"].Label(heldOut);

        Assert.That(labels, Is.EqualTo(Enumerable.Range(0, heldOut.Count).Select(i => heldOut.Example(i)[0] > 0.5f)));
        Assert.That(ClaimRunner.Run(target, Claim.That(Subjects.Unit("layer", 0)).Detects("a-high").WithHeldOut().Named("Built.High")).Verdict,
            Is.EqualTo(Verdict.Holds));
    }

    [Test]
    public void Readouts_directions_batch_size_and_device_are_the_ones_given()
    {
        using AuditTarget target = Vectors()
            .WithConcept("a", "component 0 is on")
            .WithReadout(Read.ClassLogit("unit-0", 0), Read.ClassLogit("unit-1", 1))
            .WithDirection("a-axis", "layer", [1f, .. new float[15]], "unit 0's axis")
            .WithBatchSize(64)
            .Create();

        Assert.That(target.Readouts.Select(r => r.Name), Is.EqualTo(new[] { "unit-0", "unit-1" }));
        Assert.That(target.Readout("unit-1").Name, Is.EqualTo("unit-1"));
        Assert.That(target.Direction("layer", "a-axis").Provenance, Is.EqualTo("unit 0's axis"));
        Assert.That(target.BatchSize, Is.EqualTo(64));
        Assert.That(target.Device.type, Is.EqualTo(TorchSharp.DeviceType.CPU));
        Assert.That(target.EditsFor("a"), Is.Null, "no edits were given");
        Assert.That(ClaimRunner.Run(target, Claim.That(Subjects.Direction("layer", "a-axis")).Detects("a").WithHeldOut().Named("Built.Axis")).Verdict,
            Is.EqualTo(Verdict.Holds));
    }

    [Test]
    public void Every_step_returns_a_new_builder_and_leaves_the_one_it_started_from_as_it_was()
    {
        AuditTargetBuilder start = Vectors();
        AuditTargetBuilder withA = start.WithConcept("a", "component 0 is on");
        using AuditTarget bare = start.Create();
        using AuditTarget a = withA.WithConcept("b", "component 1 is on").Create();

        Assert.That(bare.Concepts, Is.Empty);
        Assert.That(a.Concepts.Select(c => c.Name), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void Edits_for_a_concept_the_target_does_not_know_are_CLM5008()
    {
        AuditTargetBuilder builder = Vectors().WithConcept("a", "component 0 is on")
            .WithEdits("c", _ => throw new InvalidOperationException("never made"));

        var error = Assert.Throws<ClaimCheckException>(() => builder.Create())!;

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.UnknownConcept));
        Assert.That(error.Diagnostic.Message, Does.Contain("'c'").And.Contain("known concepts: a"));
    }

    [Test]
    public void A_built_target_without_a_held_out_split_is_CLM5009_on_its_claims()
    {
        using AuditTarget target = AuditTarget.Build("no data", VectorData.CopyingModel()).WithConcept("a", "on").WithDevice(CPU).Create();

        ClaimResult result = ClaimRunner.Run(target, Claim.That(Subjects.Unit("layer", 0)).Means("a").WithHeldOut().Named("Built.NoData"));

        Assert.That(result.Diagnostics.Single().Id, Is.EqualTo(DiagnosticIds.MissingSplit));
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Inconclusive));
    }
}
