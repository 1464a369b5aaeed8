using ClaimCheck.Targets;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Validity.Targets;

/// <summary>An audit target over <see cref="FeatureData"/>: a small fixed model, a discovery and a held-out split, one concept per feature.</summary>
public abstract class SyntheticTarget : AuditTarget
{
    private readonly nn.Module<Tensor, Tensor> _model;
    private readonly DataSplit[] _splits;

    /// <summary>Creates the target around <paramref name="model"/> (owned) with data drawn from <paramref name="dataSeed"/>.</summary>
    protected SyntheticTarget(nn.Module<Tensor, Tensor> model, ulong dataSeed)
    {
        _model = model;
        _splits = FeatureData.Splits(dataSeed);
        Concepts = FeatureData.Concepts();
    }

    /// <inheritdoc />
    public override nn.Module<Tensor, Tensor> Model => _model;

    /// <inheritdoc />
    public override IReadOnlyList<DataSplit> Splits => _splits;

    /// <inheritdoc />
    public override ConceptLibrary Concepts { get; }

    /// <summary>A linear layer with the given weights ([outputs, inputs], row-major) and bias (or none).</summary>
    protected static nn.Module<Tensor, Tensor> Linear(int inputs, int outputs, float[] weights, float[]? bias)
    {
        var layer = nn.Linear(inputs, outputs, hasBias: bias is not null);
        using (no_grad())
        {
            layer.weight!.copy_(tensor(weights).reshape(outputs, inputs));
            if (bias is not null)
            {
                layer.bias!.copy_(tensor(bias));
            }
        }

        return layer;
    }
}
