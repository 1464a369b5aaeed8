using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Readouts;
using ClaimCheck.Targets;
using ClaimCheck.Tests.BuiltTargets;
using NUnit.Framework;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Capture;

/// <summary>
/// Models whose forward opens a dispose scope of its own (the usual TorchSharp idiom in a custom module) free every
/// tensor made inside it when forward returns, a hook's copy of a child's output included. Captures and ablations must
/// still read the layer.
/// </summary>
public class ScopedForwardTests
{
    private static AuditTarget Target() =>
        AuditTarget.Build("scoped", new ScopedModel())
            .WithSplits(VectorData.Pool(600).SplitByRatio(seed: 3, SplitShare.Discovery(1.0 / 3), SplitShare.HeldOut(2.0 / 3)))
            .WithConcept("a", "component 0 is on")
            .WithReadout(Read.ClassLogit("a", 0))
            .WithDevice(CPU)
            .Create();

    [Test]
    public void A_layer_inside_a_scoped_forward_is_captured_with_its_values()
    {
        using AuditTarget target = Target();
        DataSplit heldOut = target.Split("held-out");

        ActivationMatrix activations = target.Activations.Get(heldOut, "layer", Reduction.Max);

        // The layer copies its input, so unit k of example i is component k of example i.
        Assert.That(activations.Rows, Is.EqualTo(heldOut.Count));
        Assert.That(activations.Column(1), Is.EqualTo(Enumerable.Range(0, heldOut.Count).Select(i => (double)heldOut.Example(i)[1])).Within(1e-6));
    }

    [Test]
    public void A_layer_inside_a_scoped_forward_is_ablated()
    {
        using AuditTarget target = Target();

        AblationEvidence evidence = AblationCheck.Measure(target, new UnitSubject("layer", 0), target.Readout("a"), "a", new AblationEngineSettings(), seed: 1);

        // The readout is unit 0 itself: replacing it by its mean (about 0.3) lowers it by about 0.7 where a is on.
        Assert.That(evidence.Positives.Mean, Is.EqualTo(0.7).Within(0.1));
        Assert.That(evidence.Negatives.Mean, Is.EqualTo(-0.3).Within(0.1));
    }

    /// <summary>One 16→16 copying layer named "layer", called inside forward's own dispose scope.</summary>
    private sealed class ScopedModel : nn.Module<Tensor, Tensor>
    {
#pragma warning disable IDE1006 // The field name is the module path.
        private readonly nn.Module<Tensor, Tensor> layer;
#pragma warning restore IDE1006

        public ScopedModel()
            : base(nameof(ScopedModel))
        {
            layer = ((TorchSharp.Modules.Sequential)VectorData.CopyingModel()).children().OfType<nn.Module<Tensor, Tensor>>().Single();
            RegisterComponents();
        }

        public override Tensor forward(Tensor input)
        {
            using var scope = NewDisposeScope();
            return layer.call(input).clone().MoveToOuterDisposeScope();
        }
    }
}
