using System.Globalization;

namespace FashionMnist.Training;

/// <summary>How the network is trained. The defaults produced the committed weights.</summary>
/// <param name="Epochs">Passes over the 60,000 training images.</param>
/// <param name="BatchSize">Images per optimiser step.</param>
/// <param name="LearningRate">Adam's learning rate in the first epoch.</param>
/// <param name="DecayPerEpoch">The learning rate is multiplied by this after every epoch.</param>
public sealed record TrainingSettings(int Epochs, int BatchSize, double LearningRate, double DecayPerEpoch)
{
    /// <summary>The settings of the committed weights.</summary>
    public static TrainingSettings Default { get; } = new(Epochs: 12, BatchSize: 100, LearningRate: 3e-3, DecayPerEpoch: 0.8);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Epochs} epochs, batch {BatchSize}, Adam lr {LearningRate} × {DecayPerEpoch} per epoch, cross-entropy");
}
