using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ToyModels.Model;

/// <summary>
/// The toy model of Elhage et al. (2022), "Toy Models of Superposition": x ∈ Rⁿ, h = W x ∈ Rᵐ,
/// x' = ReLU(Wᵀ W x + b). With n = 5 features and m = 2 hidden dimensions the model must choose which features to
/// represent and how to share the plane among them.
/// </summary>
/// <remarks>
/// Layer paths (what claims name), with the output shape for a batch of B:
/// <list type="table">
/// <item><term><c>hidden</c></term><description>[B, m]: h = W x.</description></item>
/// <item><term><c>output</c></term><description>[B, n]: x' = ReLU(Wᵀ h + b).</description></item>
/// </list>
/// Both children are called with <c>call</c>, so forward hooks fire on them.
/// </remarks>
public sealed class ToyModel : nn.Module<Tensor, Tensor>
{
    /// <summary>Path of the hidden layer.</summary>
    public const string HiddenPath = "hidden";

    /// <summary>Path of the output layer.</summary>
    public const string OutputPath = "output";

#pragma warning disable IDE1006
    private readonly HiddenLayer hidden;
    private readonly OutputLayer output;
#pragma warning restore IDE1006

    /// <summary>Creates the model from W (row-major [m, n]) and b ([n]).</summary>
    public ToyModel(int features, int hiddenDims, ReadOnlySpan<float> weight, ReadOnlySpan<float> bias)
        : base(nameof(ToyModel))
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(features, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(hiddenDims, 1);
        if (weight.Length != features * hiddenDims || bias.Length != features)
        {
            throw new ArgumentException($"W needs {hiddenDims}×{features} values and b {features}; got {weight.Length} and {bias.Length}");
        }

        Features = features;
        HiddenDims = hiddenDims;
        // No dispose scope here: the parameters must outlive the constructor. The temporaries are disposed by hand.
        using (Tensor initialWeight = tensor(weight.ToArray(), [hiddenDims, features]))
        using (Tensor initialBias = tensor(bias.ToArray(), [features]))
        {
            hidden = new HiddenLayer(initialWeight);
            output = new OutputLayer(() => hidden.Weight, initialBias);
        }

        RegisterComponents();
    }

    /// <summary>n, the number of features.</summary>
    public int Features { get; }

    /// <summary>m, the number of hidden dimensions.</summary>
    public int HiddenDims { get; }

    /// <summary>W, [m, n].</summary>
    public Parameter Weight => hidden.Weight;

    /// <summary>b, [n].</summary>
    public Parameter Bias => output.Bias;

    /// <summary>x' for a batch x of [B, n].</summary>
    public override Tensor forward(Tensor input) => output.call(hidden.call(input));

    /// <summary>
    /// The same two modules (shared weights, same paths) as an <c>nn.Sequential</c> chain, which computes exactly
    /// <see cref="forward"/> and lets ClaimCheck's ablations re-run only the layers after the ablated one.
    /// </summary>
    /// <returns>A chain that computes the same function as this model.</returns>
    public Sequential AsChain() => nn.Sequential((HiddenPath, hidden), (OutputPath, output));

    /// <summary>W as a row-major float array [m, n] (W[k, i] at k·n + i).</summary>
    public float[] WeightValues()
    {
        using var scope = NewDisposeScope();
        return hidden.Weight.detach().cpu().contiguous().data<float>().ToArray();
    }

    /// <summary>b as a float array [n].</summary>
    public float[] BiasValues()
    {
        using var scope = NewDisposeScope();
        return output.Bias.detach().cpu().contiguous().data<float>().ToArray();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            hidden.Dispose();
            output.Dispose();
        }

        base.Dispose(disposing);
    }
}
