using ClaimCheck.Statistics;

namespace ClaimCheck.Evidence.HeldOut;

/// <summary>
/// The seed of a layer's null: the random directions and random unit sets a held-out score is compared with are drawn
/// from the run seed and the layer, not from the claim. The null is a property of the layer (readouts that make no
/// claim), so every claim on the layer, every family and <c>explain</c> with the same run seed meet the same draws, and
/// the draws are computed once and shared instead of once per claim.
/// </summary>
internal static class LayerNullSeed
{
    /// <summary>The null seed of <paramref name="layer"/> under run seed <paramref name="runSeed"/>.</summary>
    public static ulong For(ulong runSeed, string layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return SeededRandom.Derive(SeededRandom.Derive(runSeed, "held-out-null"), "layer/" + layer);
    }
}
