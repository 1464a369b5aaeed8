using ClaimCheck.Torch;
using NUnit.Framework;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Torch;

/// <summary>
/// ClaimCheck's Adam keeps its scalars alive through the native calls; it must move parameters exactly as TorchSharp's
/// <c>optim.Adam</c> does, so a dictionary trained before the change is the same dictionary after it.
/// </summary>
[Category("OutsideGcStress")] // TorchSharp's optim.Adam, the reference here, makes temporary scalars itself.
public class KeptScalarAdamTests
{
    private static readonly float[] Weights = [0.3f, -0.7f, 1.1f, 0.05f, -0.2f, 0.9f, -1.3f, 0.4f, 0.6f, 0.0f, -0.5f, 0.25f];
    private static readonly float[] Bias = [0.1f, -0.1f, 0.2f];
    private static readonly float[] Inputs = [1f, 2f, -1f, 0.5f, -0.3f, 0.8f, 1.5f, -2f, 0.7f, 0.1f, -0.9f, 1.2f, 0f, -1f, 2f, 0.3f, 0.2f, 0.4f, -0.6f, 1f];
    private static readonly float[] Targets = [0.5f, -1f, 2f, 1f, 0f, -0.5f, 0.3f, 0.3f, 0.3f, -2f, 1f, 0f, 0.9f, -0.4f, 0.2f];

    [Test]
    public void Twenty_steps_leave_the_parameters_bit_for_bit_as_TorchSharps_Adam()
    {
        using var scope = NewDisposeScope();
        TorchSharp.Modules.Parameter[] reference = Fresh().Select(t => new TorchSharp.Modules.Parameter(t)).ToArray();
        Tensor[] kept = Fresh().Select(t => t.requires_grad_()).ToArray();
        using var torchSharpAdam = optim.Adam(reference, lr: 0.05);
        using var keptScalarAdam = new KeptScalarAdam(kept, 0.05);
        for (int step = 0; step < 20; step++)
        {
            torchSharpAdam.zero_grad();
            Loss(reference).backward();
            torchSharpAdam.step();

            keptScalarAdam.ZeroGrad();
            Loss(kept).backward();
            keptScalarAdam.Step();
        }

        Assert.That(kept[0].data<float>().ToArray(), Is.EqualTo(reference[0].data<float>().ToArray()).AsCollection);
        Assert.That(kept[1].data<float>().ToArray(), Is.EqualTo(reference[1].data<float>().ToArray()).AsCollection);
        Assert.That(kept[0].data<float>().ToArray(), Is.Not.EqualTo(Weights).AsCollection, "the steps moved the weights");
    }

    private static Tensor[] Fresh() => [tensor(Weights, [3, 4]), tensor(Bias, [3])];

    /// <summary>The squared error of a linear map on five fixed examples.</summary>
    private static Tensor Loss(Tensor[] parameters)
    {
        Tensor outputs = tensor(Inputs, [5, 4]).matmul(parameters[0].t()).add(parameters[1], TorchScalars.One);
        return (outputs - tensor(Targets, [5, 3])).pow(TorchScalars.Two).sum();
    }
}
