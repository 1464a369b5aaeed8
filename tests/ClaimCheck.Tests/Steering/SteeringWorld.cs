using ClaimCheck.Readouts;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using ClaimCheck.Tests.Ablation;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Steering;

/// <summary>
/// A small model with planted steering directions. x ∈ R^16 (standard normal, seeded) → <c>embed</c> (the identity, the
/// layer steered) → <c>act</c> (ReLU) → <c>head</c>: out0 = u0 (readout "c"), out1 = u1 ("other"), out2 = 0.5·u0 + 2·u2
/// ("wide"). Concept "c" is x0 &gt; 1. Adding e0 to <c>embed</c> raises "c" by up to its length on each example (the
/// ReLU clips examples far below 0, so effects vary); e3 reaches no readout; (e0 + e2)/√2 raises "c" but "wide" much
/// more. Readout "c-bump" = out0 − out0²/16 rises with out0 up to 8 and falls after it (over-steering).
/// </summary>
internal static class SteeringWorld
{
    public const int Width = 16;

    public const int Examples = 400;

    private static readonly Scalar Sixteen = 16L.ToScalar();

    public static TinyTarget Create(Func<nn.Module<Tensor, Tensor>>? model = null, int batchSize = 64)
    {
        var random = new SeededRandom(20261206);
        float[][] inputs = [.. Enumerable.Range(0, Examples).Select(_ => Enumerable.Range(0, Width).Select(_ => (float)random.NextGaussian()).ToArray())];
        bool[] concept = [.. inputs.Select(x => x[0] > 1)];
        Readout[] readouts =
        [
            Read.ClassLogit("c", 0),
            Read.ClassLogit("other", 1),
            Read.ClassLogit("wide", 2),
            Read.Metric("c-bump", "out0 − out0²/16", output => output.select(1, 0) - output.select(1, 0).mul(output.select(1, 0)).div(Sixteen)),
        ];
        NamedDirection[] directions =
        [
            new("planted", "embed", Axis(0), "e0: reaches 'c'"),
            new("orthogonal", "embed", Axis(3), "e3: reaches no readout"),
            new("sideways", "embed", [.. Axis(0).Zip(Axis(2), (a, b) => (a + b) / MathF.Sqrt(2))], "(e0 + e2)/√2: reaches 'wide' more than 'c'"),
        ];
        return new TinyTarget((model ?? Model)(), inputs, concept, readouts, directions, batchSize);
    }

    public static nn.Module<Tensor, Tensor> Model() => Build(1);

    /// <summary>The same model with an embedding that outputs zeros: a layer with no activation norm.</summary>
    public static nn.Module<Tensor, Tensor> DeadModel() => Build(0);

    public static float[] Axis(int unit) => [.. Enumerable.Range(0, Width).Select(i => i == unit ? 1f : 0f)];

    private static nn.Module<Tensor, Tensor> Build(float gain)
    {
        var embed = nn.Linear(Width, Width, hasBias: false);
        var head = nn.Linear(Width, 3, hasBias: false);
        using (no_grad())
        {
            using Scalar scale = gain.ToScalar();
            embed.weight!.copy_(eye(Width).mul(scale));
            float[] weights = new float[3 * Width];
            weights[0] = 1;
            weights[Width + 1] = 1;
            weights[(2 * Width) + 0] = 0.5f;
            weights[(2 * Width) + 2] = 2;
            head.weight!.copy_(tensor(weights).reshape(3, Width));
        }

        return nn.Sequential(("embed", embed), ("act", nn.ReLU()), ("head", head));
    }
}
