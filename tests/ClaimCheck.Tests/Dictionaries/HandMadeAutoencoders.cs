using ClaimCheck.Claims;
using ClaimCheck.Dictionaries;

namespace ClaimCheck.Tests.Dictionaries;

/// <summary>Autoencoders whose every weight is chosen by hand, so their outputs can be worked out on paper.</summary>
internal static class HandMadeAutoencoders
{
    /// <summary>
    /// Over a <paramref name="width"/>-unit layer (μ = 0, s = 1, b_dec = 0): latent k reads unit k,
    /// f_k = ReLU(x_k − <paramref name="threshold"/>), and writes it back along unit k, for k &lt; <paramref name="latents"/>.
    /// </summary>
    public static SparseAutoencoder UnitReaders(
        int width, int latents, float threshold, string layer = "layer", string? fingerprint = null, Reduction reduction = Reduction.Max)
    {
        var weights = new float[latents * width];
        for (int k = 0; k < latents; k++)
        {
            weights[(k * width) + k] = 1;
        }

        return new SparseAutoencoder(layer, reduction, fingerprint, 1f, new float[width], weights,
            Enumerable.Repeat(-threshold, latents).ToArray(), weights, new float[width]);
    }
}
