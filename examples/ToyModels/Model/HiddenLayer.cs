using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ToyModels.Model;

/// <summary>
/// The toy model's hidden layer: h = W x, with W of shape [m, n] (m hidden dimensions, n features). Column i of W is
/// feature i's direction W_i in the hidden plane. No bias and no nonlinearity, so the loss sees W only through WᵀW
/// and any rotation of h is an equally good solution: the hidden basis is not privileged.
/// </summary>
public sealed class HiddenLayer : nn.Module<Tensor, Tensor>
{
    // Field name is the parameter's name in the state dict: RegisterComponents names parameters after their fields.
#pragma warning disable IDE1006
    private readonly Parameter weight;
#pragma warning restore IDE1006

    /// <summary>Creates the layer around <paramref name="initialWeight"/> ([m, n], copied).</summary>
    public HiddenLayer(Tensor initialWeight)
        : base(nameof(HiddenLayer))
    {
        ArgumentNullException.ThrowIfNull(initialWeight);
        weight = new Parameter(initialWeight.detach().clone());
        RegisterComponents();
    }

    /// <summary>W, [m, n].</summary>
    public Parameter Weight => weight;

    /// <summary>h = x Wᵀ for a batch x of [B, n]: [B, m].</summary>
    public override Tensor forward(Tensor input) => input.matmul(weight.t());
}
