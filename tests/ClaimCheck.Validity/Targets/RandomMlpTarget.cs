using ClaimCheck.Statistics;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Validity.Targets;

/// <summary>
/// A one-layer MLP with random weights over <see cref="FeatureData"/>: <c>hidden</c> = Linear(16 → 32) with He-scaled
/// Gaussian weights (std √(2/16)) and no bias, <c>layer</c> = its ReLU. Nobody trained it, so no unit was made to
/// mean anything, and every unit is drawn like every other (the weights are i.i.d.): a random unit is exchangeable
/// with the layer's other units.
/// </summary>
public sealed class RandomMlpTarget : SyntheticTarget
{
    /// <summary>Path of the layer claims are about (post-ReLU).</summary>
    public const string LayerPath = "layer";

    /// <summary>Units in <see cref="LayerPath"/>.</summary>
    public const int Units = 32;

    /// <summary>Builds the network and the data from <paramref name="seed"/>.</summary>
    public RandomMlpTarget(ulong seed)
        : base(Build(seed), SeededRandom.Derive(seed, "data"))
    {
        Seed = seed;
    }

    /// <summary>The seed the weights and data derive from.</summary>
    public ulong Seed { get; }

    /// <inheritdoc />
    public override string Name => $"random MLP (seed {Seed})";

    private static nn.Module<Tensor, Tensor> Build(ulong seed) => nn.Sequential(
        ("hidden", Linear(FeatureData.Width, Units, SeededWeights.Gaussian(Units, FeatureData.Width, Math.Sqrt(2.0 / FeatureData.Width), SeededRandom.Derive(seed, "weights")), null)),
        (LayerPath, nn.ReLU()));
}
