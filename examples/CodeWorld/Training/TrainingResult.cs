using CodeWorld.Model;

namespace CodeWorld.Training;

/// <summary>A trained model with what its training measured.</summary>
/// <param name="Model">The model, in eval mode.</param>
/// <param name="Settings">The settings it was trained with.</param>
/// <param name="LossLog">Mean training loss (bits per character) of each block of 100 steps, in order.</param>
/// <param name="TrainTime">Time of the optimisation.</param>
public sealed record TrainingResult(CodeTransformer Model, TrainingSettings Settings, IReadOnlyList<double> LossLog, TimeSpan TrainTime);
