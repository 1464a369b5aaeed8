namespace ClaimCheck.Dictionaries;

/// <summary>A trained sparse autoencoder with its training curve.</summary>
/// <param name="Autoencoder">The trained autoencoder.</param>
/// <param name="Settings">The settings it was trained with.</param>
/// <param name="Examples">The number of training examples.</param>
/// <param name="EpochReconstruction">Per epoch, the mean squared reconstruction error in the normalised space.</param>
/// <param name="EpochL1">Per epoch, the mean L1 norm of the latent activations.</param>
public sealed record SaeTrainingResult(
    SparseAutoencoder Autoencoder,
    SaeTrainingSettings Settings,
    int Examples,
    IReadOnlyList<double> EpochReconstruction,
    IReadOnlyList<double> EpochL1);
