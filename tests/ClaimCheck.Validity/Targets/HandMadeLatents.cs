using ClaimCheck.Claims;
using ClaimCheck.Dictionaries;

namespace ClaimCheck.Validity.Targets;

/// <summary>
/// Sparse autoencoders made by hand on <see cref="PlantedFeatureTarget.UnitsPath"/>, for latent ablation claims: latent
/// j reads one planted unit, f_j = ReLU(s · unit), and writes along a decoder row of our choosing. No input mean, no
/// biases; the scale s = <see cref="InputScale"/>.
/// </summary>
/// <remarks>
/// With a decoder row e_k, zeroing latent j moves the layer by −f_j·e_k / s = −unit k·e_k: it removes the unit exactly.
/// With an isotropic random row, the latent's ablation moves each example by its own amount along a random direction
/// of the row's norm 1/s, which is exactly how the latent ablation null draws its own rows: the claim is exchangeable
/// with its null.
/// </remarks>
public static class HandMadeLatents
{
    /// <summary>
    /// The normalising scale s. Not 1, so the decoder row's norm (1/s = 2) differs from a unit direction's: a null
    /// not scaled to the row's norm shows up as miscalibration, not by chance as none.
    /// </summary>
    public const float InputScale = 0.5f;

    /// <summary>
    /// An autoencoder whose latent j reads unit <paramref name="reads"/>[j] of the planted layer and writes along
    /// <paramref name="decoderRows"/> row j (unit norm, row-major [latents, 24]).
    /// </summary>
    public static SparseAutoencoder Make(IReadOnlyList<int> reads, float[] decoderRows)
    {
        ArgumentNullException.ThrowIfNull(reads);
        ArgumentNullException.ThrowIfNull(decoderRows);
        int width = PlantedFeatureTarget.Width;
        var encoder = new float[reads.Count * width];
        for (int j = 0; j < reads.Count; j++)
        {
            encoder[(j * width) + reads[j]] = 1;
        }

        return new SparseAutoencoder(PlantedFeatureTarget.UnitsPath, Reduction.Max, null, InputScale,
            new float[width], encoder, new float[reads.Count], decoderRows, new float[width]);
    }

    /// <summary>Decoder rows e_(units[j]): latent j writes back along the unit it reads.</summary>
    public static float[] UnitRows(IReadOnlyList<int> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        int width = PlantedFeatureTarget.Width;
        var rows = new float[units.Count * width];
        for (int j = 0; j < units.Count; j++)
        {
            rows[(j * width) + units[j]] = 1;
        }

        return rows;
    }
}
