using ClaimCheck.Torch;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ToyModels.Model;

/// <summary>
/// The toy model's output layer: x' = ReLU(Wᵀ h + b), with the hidden layer's W (tied weights, as in the paper) and
/// its own bias b of n values. A negative b_i lets unit i ignore the small positive interference other features
/// leave along W_i: the ReLU and the bias are what make superposition usable.
/// </summary>
public sealed class OutputLayer : nn.Module<Tensor, Tensor>
{
    // The tied weight is read through a delegate, not a field of type Parameter, so it is registered once (in the
    // hidden layer) and the state dict holds it once.
    private readonly Func<Tensor> _tiedWeight;

#pragma warning disable IDE1006
    private readonly Parameter bias;
#pragma warning restore IDE1006

    /// <summary>Creates the layer reading W from <paramref name="tiedWeight"/>, with bias <paramref name="initialBias"/> ([n], copied).</summary>
    public OutputLayer(Func<Tensor> tiedWeight, Tensor initialBias)
        : base(nameof(OutputLayer))
    {
        ArgumentNullException.ThrowIfNull(tiedWeight);
        ArgumentNullException.ThrowIfNull(initialBias);
        _tiedWeight = tiedWeight;
        bias = new Parameter(initialBias.detach().clone());
        RegisterComponents();
    }

    /// <summary>b, [n].</summary>
    public Parameter Bias => bias;

    /// <summary>x' = ReLU(h W + b) for hidden activations h of [B, m]: [B, n].</summary>
    public override Tensor forward(Tensor input) => nn.functional.relu(input.matmul(_tiedWeight()).add(bias, TorchScalars.One));
}
