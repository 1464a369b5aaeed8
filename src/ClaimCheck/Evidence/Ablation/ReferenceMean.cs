using ClaimCheck.Targets;
using static TorchSharp.torch;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>The layer's mean output over a split, per unit and per position: what Mean ablation puts in place of a subject.</summary>
internal static class ReferenceMean
{
    /// <summary>The mean, [C, ...] on <paramref name="device"/> in <paramref name="dtype"/>, summed in double on the CPU so long splits lose no precision.</summary>
    public static Tensor Compute(ForwardPasses passes, DataSplit split, int batchSize, Device device, ScalarType dtype)
    {
        double[]? sum = null;
        long[] shape = [];
        foreach ((int start, int count) in Batches.Of(split.Count, batchSize))
        {
            using var scope = NewDisposeScope();
            using var inference = inference_mode();
            (_, Tensor layer) = passes.Clean(split, batchSize, start, count, device);
            // sum([0L]), not sum(0): a literal 0 converts to ScalarType and would pick the whole-tensor overload.
            using Tensor batchSum = layer.to_type(ScalarType.Float64).sum([0L]).cpu().contiguous();
            shape = batchSum.shape;
            sum ??= new double[batchSum.numel()];
            ReadOnlySpan<double> values = batchSum.data<double>().ToArray();
            for (int i = 0; i < values.Length; i++)
            {
                sum[i] += values[i];
            }
        }

        float[] mean = sum!.Select(s => (float)(s / split.Count)).ToArray();
        return tensor(mean, shape).to_type(dtype).to(device);
    }
}
