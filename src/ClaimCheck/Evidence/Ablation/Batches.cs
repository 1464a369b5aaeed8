using ClaimCheck.Targets;
using static TorchSharp.torch;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>Cuts a split into batches and turns a batch's plain values into a model input on the run's device.</summary>
internal static class Batches
{
    /// <summary>The (start, count) of each batch of at most <paramref name="size"/> examples.</summary>
    public static IEnumerable<(int Start, int Count)> Of(int total, int size)
    {
        int step = Math.Max(1, size);
        for (int start = 0; start < total; start += step)
        {
            yield return (start, Math.Min(step, total - start));
        }
    }

    /// <summary>Examples [start, start + count) of <paramref name="split"/> as a tensor [count, ...] on <paramref name="device"/>.</summary>
    public static Tensor Input(DataSplit split, int start, int count, Device device) =>
        Input(split.Values.Slice(start * split.ValuesPerExample, count * split.ValuesPerExample).ToArray(), count, split.ExampleShape, device);

    /// <summary><paramref name="values"/> (row-major, <paramref name="count"/> examples) as a tensor on <paramref name="device"/>.</summary>
    public static Tensor Input(float[] values, int count, IReadOnlyList<long> exampleShape, Device device) =>
        tensor(values, [count, .. exampleShape]).to(device);
}
