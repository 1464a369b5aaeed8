using ClaimCheck.Statistics;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Validity.Targets;

/// <summary>
/// A model with planted ground truth over <see cref="FeatureData"/>. Layer <c>units</c> (24 units, post-ReLU):
/// <list type="bullet">
/// <item>units 0–7: unit k = ReLU(x_k − 0.5), a thresholded detector of feature k and of nothing else (planted true);</item>
/// <item>units 8–15: unit 8+k = ReLU(x_k + x_(k+1 mod 8) − 0.5), a detector of either of two rarely co-occurring
/// features (planted polysemantic);</item>
/// <item>units 16–23: random Gaussian mixes of the noise components (carry no feature).</item>
/// </list>
/// Layer <c>mixed</c> is the same 24 units rotated by a random orthogonal matrix Q (mixed = Q·units), so no single
/// unit of it carries a feature but the direction Q·e_k (column k of Q) carries exactly what unit k carries:
/// planted directions.
/// </summary>
public sealed class PlantedFeatureTarget : SyntheticTarget
{
    /// <summary>Path of the planted units (post-ReLU).</summary>
    public const string UnitsPath = "units";

    /// <summary>Path of the rotated units.</summary>
    public const string MixedPath = "mixed";

    /// <summary>Units in both layers.</summary>
    public const int Width = 3 * FeatureData.Features;

    /// <summary>Threshold of the planted detectors: halfway between absent (0) and present (1).</summary>
    public const float Threshold = 0.5f;

    /// <summary>Builds the model (its noise units and rotation) and the data from <paramref name="seed"/>.</summary>
    public PlantedFeatureTarget(ulong seed)
        : base(Build(seed, Rotation(seed)), SeededRandom.Derive(seed, "data"))
    {
        Seed = seed;
    }

    /// <summary>The seed the model and data derive from.</summary>
    public ulong Seed { get; }

    /// <inheritdoc />
    public override string Name => $"planted features (seed {Seed})";

    /// <summary>The monosemantic unit of feature <paramref name="feature"/>.</summary>
    public static int MonosemanticUnit(int feature) => feature;

    /// <summary>The polysemantic unit that carries <paramref name="feature"/> and the next feature (mod 8).</summary>
    public static int PolysemanticUnit(int feature) => FeatureData.Features + feature;

    /// <summary>
    /// The direction in <see cref="MixedPath"/> of the target built from <paramref name="seed"/> that carries exactly
    /// what <paramref name="unit"/> of <see cref="UnitsPath"/> carries: column <paramref name="unit"/> of Q, since
    /// units = Qᵀ·mixed.
    /// </summary>
    public static float[] DirectionOf(ulong seed, int unit)
    {
        float[] rotation = Rotation(seed);
        return [.. Enumerable.Range(0, Width).Select(row => rotation[(row * Width) + unit])];
    }

    private static float[] Rotation(ulong seed) => SeededWeights.Orthogonal(Width, SeededRandom.Derive(seed, "rotation"));

    private static nn.Module<Tensor, Tensor> Build(ulong seed, float[] rotation)
    {
        var weights = new float[Width * FeatureData.Width];
        var bias = new float[Width];
        for (int k = 0; k < FeatureData.Features; k++)
        {
            weights[(MonosemanticUnit(k) * FeatureData.Width) + k] = 1;
            bias[MonosemanticUnit(k)] = -Threshold;
            weights[(PolysemanticUnit(k) * FeatureData.Width) + k] = 1;
            weights[(PolysemanticUnit(k) * FeatureData.Width) + ((k + 1) % FeatureData.Features)] = 1;
            bias[PolysemanticUnit(k)] = -Threshold;
        }

        // Noise units read only the noise components, with the scale that keeps their spread like the detectors'.
        float[] noise = SeededWeights.Gaussian(FeatureData.Features, FeatureData.NoiseComponents, 1.0 / Math.Sqrt(FeatureData.NoiseComponents), SeededRandom.Derive(seed, "noise-units"));
        for (int u = 0; u < FeatureData.Features; u++)
        {
            for (int n = 0; n < FeatureData.NoiseComponents; n++)
            {
                weights[((2 * FeatureData.Features + u) * FeatureData.Width) + FeatureData.Features + n] = noise[(u * FeatureData.NoiseComponents) + n];
            }
        }

        return nn.Sequential(
            ("pre", Linear(FeatureData.Width, Width, weights, bias)),
            (UnitsPath, nn.ReLU()),
            (MixedPath, Linear(Width, Width, rotation, null)));
    }
}
