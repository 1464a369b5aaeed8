using ClaimCheck.Claims;

namespace ClaimCheck;

/// <summary>
/// The claim's subject is one latent of a sparse autoencoder the audit target provides by name (see
/// <c>AuditTarget.Autoencoders</c>): <c>[Latent("bottleneck", "stripes-sae", 7)]</c>.
/// </summary>
// AllowMultiple so that two subjects are reported as CLM0005 with a clear message rather than a bare compiler error.
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class LatentAttribute : Attribute
{
    /// <summary>Names the latent.</summary>
    public LatentAttribute(string layer, string autoencoder, int latent)
    {
        Layer = layer;
        Autoencoder = autoencoder;
        Latent = latent;
    }

    /// <summary>The layer's dotted path (the layer the autoencoder was trained on).</summary>
    public string Layer { get; }

    /// <summary>The autoencoder's name in the audit target.</summary>
    public string Autoencoder { get; }

    /// <summary>The latent's index in the dictionary.</summary>
    public int Latent { get; }

    /// <summary>How spatial maps are reduced (default max); it must be the reduction the autoencoder was trained on.</summary>
    public Reduction Reduction { get; set; } = Reduction.Max;
}
