namespace ToyModels.Training;

/// <summary>How a toy model is trained. The defaults follow the paper's setup (Adam-type optimiser, learning rate
/// 1e-3, batches of 1024 fresh samples, 10,000 steps).</summary>
public sealed record ToyTrainingSettings
{
    /// <summary>Optimiser steps; each draws a fresh batch, so the model never sees an example twice.</summary>
    public int Steps { get; init; } = 10_000;

    /// <summary>Examples per step.</summary>
    public int BatchSize { get; init; } = 1024;

    /// <summary>Adam's learning rate.</summary>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>The paper's settings.</summary>
    public static ToyTrainingSettings Default { get; } = new();
}
