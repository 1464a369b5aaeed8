using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.BuiltTargets;

/// <summary>
/// Vector data and a model for built targets: examples of 16 values, component 0 is concept "a" (on in 30%),
/// component 1 concept "b" (on in 30%), the rest noise; the model is one 16→16 linear layer named "layer" that copies
/// its input (unit k reads component k), so unit 0 means a.
/// </summary>
internal static class VectorData
{
    public const int Width = 16;

    public static ExamplePool Pool(int count, ulong seed = 11)
    {
        var random = new SeededRandom(seed);
        var values = new float[count * Width];
        var a = new bool[count];
        var b = new bool[count];
        for (int i = 0; i < count; i++)
        {
            a[i] = random.NextBool(0.3);
            b[i] = random.NextBool(0.3);
            values[i * Width] = (a[i] ? 1f : 0f) + (float)(0.1 * random.NextGaussian());
            values[(i * Width) + 1] = (b[i] ? 1f : 0f) + (float)(0.1 * random.NextGaussian());
            for (int k = 2; k < Width; k++)
            {
                values[(i * Width) + k] = (float)random.NextGaussian();
            }
        }

        return new ExamplePool(values, [Width], new Dictionary<string, bool[]> { ["a"] = a, ["b"] = b });
    }

    public static nn.Module<Tensor, Tensor> CopyingModel()
    {
        var layer = nn.Linear(Width, Width, hasBias: false);
        using (no_grad())
        {
            using Tensor identity = eye(Width);
            layer.weight!.copy_(identity);
        }

        return nn.Sequential(("layer", layer));
    }
}
