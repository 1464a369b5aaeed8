using StripesWorld.Model;

namespace StripesWorld.Training;

/// <summary>A trained network and how its training went.</summary>
/// <param name="Model">The trained network, in eval mode.</param>
/// <param name="Settings">The settings used.</param>
/// <param name="EpochLosses">Mean training loss (BCE with logits, averaged over the 8 features) per epoch.</param>
/// <param name="DataTime">Time spent drawing and rendering the training scenes.</param>
/// <param name="TrainTime">Time spent in the optimisation loop.</param>
public sealed record TrainingResult(
    StripesNet Model,
    TrainingSettings Settings,
    IReadOnlyList<double> EpochLosses,
    TimeSpan DataTime,
    TimeSpan TrainTime);
