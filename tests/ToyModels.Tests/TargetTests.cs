using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Targets;
using NUnit.Framework;
using TorchSharp;
using ToyModels.Model;
using ToyModels.Targets;
using static TorchSharp.torch;

namespace ToyModels.Tests;

/// <summary>The audit target exposes what claims name: layers, directions, readouts, concepts.</summary>
public class TargetTests
{
    [Test]
    public void HiddenAndOutputLayersAreCapturedAsTheModelComputesThem()
    {
        using var target = new SparseTarget();
        target.Prepare();
        DataSplit split = target.Split("held-out");
        ActivationMatrix hidden = target.Activations.Get(split, ToyModel.HiddenPath, Reduction.Max);
        ActivationMatrix output = target.Activations.Get(split, ToyModel.OutputPath, Reduction.Max);
        float[] weight = target.Network.WeightValues();
        float[] bias = target.Network.BiasValues();

        // Example 0 by hand: h = W x, x' = ReLU(Wᵀ h + b).
        float[] x = split.Example(0).ToArray();
        double[] h = [.. Enumerable.Range(0, 2).Select(k => Enumerable.Range(0, 5).Sum(i => (double)weight[(k * 5) + i] * x[i]))];
        double[] xPrime = [.. Enumerable.Range(0, 5).Select(i => Math.Max(0, bias[i] + Enumerable.Range(0, 2).Sum(k => weight[(k * 5) + i] * h[k])))];
        Assert.Multiple(() =>
        {
            Assert.That(hidden.Units, Is.EqualTo(2));
            Assert.That(output.Units, Is.EqualTo(5));
            Assert.That(hidden.Column(0)[0], Is.EqualTo(h[0]).Within(1e-5));
            Assert.That(hidden.Column(1)[0], Is.EqualTo(h[1]).Within(1e-5));
            for (int i = 0; i < 5; i++)
            {
                Assert.That(output.Column(i)[0], Is.EqualTo(xPrime[i]).Within(1e-5));
            }
        });
    }

    [Test]
    public void DirectionsAreTheColumnsOfW()
    {
        using var target = new DenseTarget();
        float[] weight = target.Network.WeightValues();
        Assert.Multiple(() =>
        {
            for (int i = 0; i < 5; i++)
            {
                NamedDirection direction = target.Direction(ToyModel.HiddenPath, ToyModelTarget.DirectionName(i));
                Assert.That(direction.Vector, Is.EqualTo(new[] { weight[i], weight[5 + i] }));
            }
        });
    }

    [Test]
    public void ChainComputesTheModel()
    {
        using var target = new DenseTarget();
        using var scope = NewDisposeScope();
        using var inference = inference_mode();
        Tensor x = rand(8, 5, generator: new Generator(7));
        Assert.That(target.Model.call(x).allclose(target.Network.call(x)), Is.True);
    }

    [Test]
    public void ConceptsAndReadoutsCoverEveryFeature()
    {
        using var target = new DenseTarget();
        Assert.Multiple(() =>
        {
            Assert.That(target.Concepts.Select(c => c.Name), Is.EqualTo(new[] { "feature0", "feature1", "feature2", "feature3", "feature4" }));
            Assert.That(target.Readouts.Select(r => r.Name), Is.EqualTo(target.Concepts.Select(c => c.Name)));
        });
    }
}
