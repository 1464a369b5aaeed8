using ClaimCheck.Readouts;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;
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
/// <para>
/// A head after <c>mixed</c> gives the readouts ablation claims are about, read back in <c>units</c>' coordinates
/// (the head's weights are W·Qᵀ, so head = W·units):
/// <list type="bullet">
/// <item><c>f{k}</c> = unit k + <see cref="NoiseReadoutWeight"/> × (the sum of the 8 noise units): feature k's readout,
/// carried into it by unit k alone (planted Drives claims), with every noise unit reaching it weakly so the null's
/// random units have effects too;</item>
/// <item><c>f{k}+noise</c> = unit k + <see cref="OffConceptReadoutWeight"/> × noise unit 16+k: a readout that noise
/// unit 16+k drives on every input, with feature k or without (a planted unit that drives something other than the
/// concept).</item>
/// </list>
/// The head draws nothing at random and sits after both layers held-out claims are about, so their figures are what
/// they were before it was added. Sparse autoencoders on <c>units</c> can be handed in for latent claims.
/// </para>
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

    /// <summary>
    /// The weight of each noise unit in readout <c>f{k}</c>. A noise unit is ReLU of a unit-variance mix of noise
    /// components (mean about 0.4), so zeroing one moves <c>f{k}</c> by about 0.04: a null with effects, about a tenth
    /// of what zeroing the planted detector does on feature-k inputs (about 0.5).
    /// </summary>
    public const float NoiseReadoutWeight = 0.1f;

    /// <summary>
    /// The weight of noise unit 16+k in readout <c>f{k}+noise</c>: large enough that zeroing it (about 4 × 0.4 = 1.6,
    /// at least about 0.9 for the least spread noise unit) moves the readout more than zeroing the planted detector
    /// does (about 0.5), so the claim clears the null and is decided by its specificity.
    /// </summary>
    public const float OffConceptReadoutWeight = 4f;

    /// <summary>Builds the model (its noise units and rotation) and the data from <paramref name="seed"/>.</summary>
    public PlantedFeatureTarget(ulong seed, IReadOnlyList<NamedAutoencoder>? autoencoders = null)
        : base(Build(seed, Rotation(seed)), SeededRandom.Derive(seed, "data"))
    {
        Seed = seed;
        Autoencoders = autoencoders ?? [];
    }

    /// <summary>The seed the model and data derive from.</summary>
    public ulong Seed { get; }

    /// <inheritdoc />
    public override string Name => $"planted features (seed {Seed})";

    /// <inheritdoc />
    public override IReadOnlyList<Readout> Readouts { get; } =
    [
        .. Enumerable.Range(0, FeatureData.Features).Select(k => Read.ClassLogit(FeatureData.ConceptName(k), k)),
        .. Enumerable.Range(0, FeatureData.Features).Select(k => Read.ClassLogit(OffConceptReadout(k), FeatureData.Features + k)),
    ];

    /// <inheritdoc />
    public override IReadOnlyList<NamedAutoencoder> Autoencoders { get; }

    /// <summary>The readout that noise unit <see cref="NoiseUnit"/>(<paramref name="feature"/>) drives on every input.</summary>
    public static string OffConceptReadout(int feature) => FeatureData.ConceptName(feature) + "+noise";

    /// <summary>The noise unit paired with <paramref name="feature"/> in readout <see cref="OffConceptReadout"/>.</summary>
    public static int NoiseUnit(int feature) => (2 * FeatureData.Features) + feature;

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
            (MixedPath, Linear(Width, Width, rotation, null)),
            ("head", Linear(Width, 2 * FeatureData.Features, HeadOnMixed(rotation), null)));
    }

    /// <summary>The head's weights on <c>mixed</c>: W·Qᵀ for the readouts' weights W on <c>units</c> (Q is orthogonal, so units = Qᵀ·mixed).</summary>
    private static float[] HeadOnMixed(float[] rotation)
    {
        int outputs = 2 * FeatureData.Features;
        var onUnits = new double[outputs * Width];
        for (int k = 0; k < FeatureData.Features; k++)
        {
            onUnits[(k * Width) + MonosemanticUnit(k)] = 1;
            for (int n = 0; n < FeatureData.Features; n++)
            {
                onUnits[(k * Width) + NoiseUnit(n)] = NoiseReadoutWeight;
            }

            onUnits[((FeatureData.Features + k) * Width) + MonosemanticUnit(k)] = 1;
            onUnits[((FeatureData.Features + k) * Width) + NoiseUnit(k)] = OffConceptReadoutWeight;
        }

        // (W·Qᵀ)[o, m] = Σ_u W[o, u]·Q[m, u]; in double, rounded once.
        var head = new float[outputs * Width];
        for (int o = 0; o < outputs; o++)
        {
            for (int m = 0; m < Width; m++)
            {
                double sum = 0;
                for (int u = 0; u < Width; u++)
                {
                    sum += onUnits[(o * Width) + u] * rotation[(m * Width) + u];
                }

                head[(o * Width) + m] = (float)sum;
            }
        }

        return head;
    }
}
