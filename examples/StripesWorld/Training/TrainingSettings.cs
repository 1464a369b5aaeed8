namespace StripesWorld.Training;

/// <summary>How the network is trained. The defaults produced the committed weights.</summary>
/// <param name="Examples">Training scenes (drawn from the standard distribution with the training seed).</param>
/// <param name="Epochs">Passes over the training scenes.</param>
/// <param name="BatchSize">Scenes per optimiser step.</param>
/// <param name="LearningRate">Adam's learning rate.</param>
public sealed record TrainingSettings(int Examples, int Epochs, int BatchSize, double LearningRate)
{
    /// <summary>The settings of the committed weights.</summary>
    public static TrainingSettings Default { get; } = new(Examples: 20_000, Epochs: 12, BatchSize: 128, LearningRate: 2e-3);
}
