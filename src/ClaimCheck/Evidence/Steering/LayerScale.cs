using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Targets;
using static TorchSharp.torch;

namespace ClaimCheck.Evidence.Steering;

/// <summary>
/// The layer's typical activation norm: the root mean square, over the split's examples and the layer's positions, of
/// the norm of the activation vector across the units, √(mean ‖h[:, p]‖²). A steering vector is added at every
/// position, so its length is compared with one position's activation vector; on a [B, C] layer this is the RMS norm
/// of the examples' activations.
/// </summary>
internal static class LayerScale
{
    /// <summary>The RMS norm over <paramref name="split"/>, summed in double so long splits lose no precision.</summary>
    public static double Compute(ForwardPasses passes, DataSplit split, int batchSize, Device device)
    {
        double sum = 0;
        long positions = 0;
        foreach ((int start, int count) in Batches.Of(split.Count, batchSize))
        {
            using var scope = NewDisposeScope();
            using var inference = inference_mode();
            (_, Tensor layer) = passes.Clean(split, batchSize, start, count, device);
            Tensor values = layer.to_type(ScalarType.Float64);
            using Tensor squares = values.mul(values).sum().cpu();
            sum += squares.item<double>();
            positions += layer.numel() / layer.shape[1];
        }

        return Math.Sqrt(sum / positions);
    }
}
