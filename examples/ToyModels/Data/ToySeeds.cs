using ClaimCheck.Statistics;

namespace ToyModels.Data;

/// <summary>
/// Every seed of the toy world, derived from one root by purpose (<see cref="SeededRandom.Derive"/>), so training
/// batches, initial weights and each claim split draw from unrelated streams, and adding a purpose shifts none of
/// the others.
/// </summary>
public static class ToySeeds
{
    /// <summary>The root seed of the toy world.</summary>
    public const ulong Root = 0x7059_5E70_0000_2022UL;

    /// <summary>The initial weights of a training run.</summary>
    public static ulong Initialisation(ToyRegime regime)
    {
        ArgumentNullException.ThrowIfNull(regime);
        return SeededRandom.Derive(Root, $"initialisation/{regime.Key}");
    }

    /// <summary>The training batches of a training run (never used by a claim split).</summary>
    public static ulong Training(ToyRegime regime)
    {
        ArgumentNullException.ThrowIfNull(regime);
        return SeededRandom.Derive(Root, $"training/{regime.Key}");
    }

    /// <summary>
    /// A claim split of a sparsity. Every training run of the same sparsity is audited on the same data, so a
    /// comparison across training seeds differs only in the model.
    /// </summary>
    public static ulong Split(double sparsity, string splitName) =>
        SeededRandom.Derive(Root, $"split/{ToyRegime.SparsityKey(sparsity)}/{splitName}");
}
