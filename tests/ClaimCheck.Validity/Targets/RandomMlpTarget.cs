using ClaimCheck.Readouts;
using ClaimCheck.Statistics;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Validity.Targets;

/// <summary>
/// An MLP with random weights over <see cref="FeatureData"/>: <c>hidden</c> = Linear(16 → 32) with He-scaled
/// Gaussian weights (std √(2/16)) and no bias, <c>layer</c> = its ReLU; then, for ablation claims, a narrow layer
/// <c>narrow</c> = ReLU(Linear(32 → 6)) and a head Linear(6 → 8) whose outputs are the readouts <c>out0</c> … <c>out7</c>,
/// all He-scaled Gaussian, no biases. Nobody trained it, so no unit was made to mean or drive anything, and every unit
/// of a layer is drawn like every other (a unit's incoming and outgoing weights are i.i.d. across units): a random unit
/// is exchangeable with the layer's other units.
/// </summary>
/// <remarks>
/// The layers after <c>layer</c> draw their weights from their own seeds, so <c>layer</c>'s activations, and every
/// held-out figure of the study, are what they were before the head was added.
/// </remarks>
public sealed class RandomMlpTarget : SyntheticTarget
{
    /// <summary>Path of the layer claims are about (post-ReLU).</summary>
    public const string LayerPath = "layer";

    /// <summary>Units in <see cref="LayerPath"/>.</summary>
    public const int Units = 32;

    /// <summary>Path of the narrow layer between <see cref="LayerPath"/> and the head (post-ReLU).</summary>
    public const string NarrowPath = "narrow";

    /// <summary>
    /// Units in <see cref="NarrowPath"/>: few, so a unit's ablation null (the layer's other units) has only 5 values,
    /// as in the stripes world's 5-unit bottleneck.
    /// </summary>
    public const int NarrowUnits = 6;

    /// <summary>Outputs of the head, one readout each.</summary>
    public const int Outputs = 8;

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

    /// <summary>The readouts: output k of the random head, <c>out{k}</c>.</summary>
    public override IReadOnlyList<Readout> Readouts { get; } = [.. Enumerable.Range(0, Outputs).Select(k => Read.ClassLogit(ReadoutName(k), k))];

    /// <summary>The name of the readout of output <paramref name="output"/>.</summary>
    public static string ReadoutName(int output) => $"out{output}";

    private static nn.Module<Tensor, Tensor> Build(ulong seed) => nn.Sequential(
        ("hidden", Linear(FeatureData.Width, Units, SeededWeights.Gaussian(Units, FeatureData.Width, Math.Sqrt(2.0 / FeatureData.Width), SeededRandom.Derive(seed, "weights")), null)),
        (LayerPath, nn.ReLU()),
        ("narrow-in", Linear(Units, NarrowUnits, SeededWeights.Gaussian(NarrowUnits, Units, Math.Sqrt(2.0 / Units), SeededRandom.Derive(seed, "narrow weights")), null)),
        (NarrowPath, nn.ReLU()),
        ("head", Linear(NarrowUnits, Outputs, SeededWeights.Gaussian(Outputs, NarrowUnits, Math.Sqrt(2.0 / NarrowUnits), SeededRandom.Derive(seed, "head weights")), null)));
}
