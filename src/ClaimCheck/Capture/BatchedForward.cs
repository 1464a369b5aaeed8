using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Capture;

/// <summary>
/// Runs a function of a model (its forward pass, or a part of it) over many examples laid out one after another, batch
/// by batch on the model's own device, and returns the outputs as one plain array. For worlds and tools that need a
/// model's outputs outside a claim (accuracy, probes, training reports); claims capture layers through hooks instead.
/// </summary>
/// <example>
/// <code>
/// float[] logits = BatchedForward.Map(model, pixels, [1, 28, 28], outputWidth: 10, model.call);
/// </code>
/// </example>
public static class BatchedForward
{
    /// <summary>
    /// <paramref name="run"/> applied to <paramref name="values"/> (examples of <paramref name="exampleShape"/>, one after
    /// another) in batches of <paramref name="batchSize"/>: row-major [count, <paramref name="outputWidth"/>].
    /// </summary>
    public static float[] Map(
        nn.Module model, ReadOnlySpan<float> values, IReadOnlyList<long> exampleShape, int outputWidth, Func<Tensor, Tensor> run, int batchSize = 500)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(exampleShape);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        int perExample = (int)exampleShape.Aggregate(1L, (a, b) => a * b);
        if (perExample <= 0 || values.Length % perExample != 0)
        {
            throw new ArgumentException($"{values.Length} values are not a whole number of examples of shape [{string.Join(", ", exampleShape)}]", nameof(values));
        }

        int count = values.Length / perExample;
        var result = new float[(long)count * outputWidth];
        model.eval();
        // Follow the model wherever ClaimCheck moved it (CUDA when available); results come back to the CPU.
        Device device = model.parameters().FirstOrDefault()?.device ?? CPU;
        for (int start = 0; start < count; start += batchSize)
        {
            int n = Math.Min(batchSize, count - start);
            using var scope = NewDisposeScope();
            using var inference = inference_mode();
            long[] shape = [n, .. exampleShape];
            Tensor batch = tensor(values.Slice(start * perExample, n * perExample).ToArray(), shape).to(device);
            run(batch).cpu().data<float>().CopyTo(result.AsSpan(start * outputWidth, n * outputWidth));
        }

        return result;
    }
}
