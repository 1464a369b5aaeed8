using FashionMnist.Model;

namespace FashionMnist.Training;

/// <summary>A trained network with what its training measured.</summary>
/// <param name="Model">The network, in eval mode.</param>
/// <param name="Settings">The settings it was trained with.</param>
/// <param name="EpochLosses">Mean training loss per epoch.</param>
/// <param name="EpochTestAccuracies">Accuracy on the whole test set after each epoch (watched, never used to choose anything).</param>
/// <param name="DataTime">Time to read and scale the training images.</param>
/// <param name="TrainTime">Time of the optimisation.</param>
public sealed record TrainingResult(
    FashionNet Model,
    TrainingSettings Settings,
    IReadOnlyList<double> EpochLosses,
    IReadOnlyList<double> EpochTestAccuracies,
    TimeSpan DataTime,
    TimeSpan TrainTime);
