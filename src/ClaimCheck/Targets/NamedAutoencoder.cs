using ClaimCheck.Dictionaries;

namespace ClaimCheck.Targets;

/// <summary>A sparse autoencoder an audit target provides by name, whose latents claims can be about.</summary>
/// <param name="Name">The name claims use, e.g. <c>[Latent("bottleneck", "stripes-sae", 7)]</c>.</param>
/// <param name="Autoencoder">The trained autoencoder (it knows its layer).</param>
/// <param name="Provenance">How it was obtained, e.g. "trained on 20000 training scenes, λ = 0.05".</param>
public sealed record NamedAutoencoder(string Name, SparseAutoencoder Autoencoder, string Provenance);
