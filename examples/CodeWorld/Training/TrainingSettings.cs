using System.Globalization;

namespace CodeWorld.Training;

/// <summary>How the transformer is trained. <see cref="Default"/> produced the committed weights.</summary>
/// <param name="Steps">Optimiser steps.</param>
/// <param name="BatchSize">Windows of context + 1 characters per step.</param>
/// <param name="LearningRate">AdamW's peak learning rate.</param>
/// <param name="WarmupSteps">Steps of linear warm-up to the peak; a cosine decay to a tenth of it follows.</param>
/// <param name="Threads">TorchSharp's intra-op threads: the weights are bit-for-bit reproducible for one thread count on one machine.</param>
public sealed record TrainingSettings(int Steps, int BatchSize, double LearningRate, int WarmupSteps, int Threads)
{
    /// <summary>The settings of the committed weights.</summary>
    public static TrainingSettings Default { get; } = new(Steps: 1200, BatchSize: 32, LearningRate: 3e-3, WarmupSteps: 100, Threads: 1);

    /// <summary>Adam's weight decay (AdamW), applied to every parameter.</summary>
    public const double WeightDecay = 0.01;

    /// <summary>Gradients are clipped to this global norm.</summary>
    public const double MaxGradientNorm = 1.0;

    /// <summary>The learning rate at <paramref name="step"/> (0-based).</summary>
    public double LearningRateAt(int step)
    {
        if (step < WarmupSteps)
        {
            return LearningRate * (step + 1) / WarmupSteps;
        }

        double progress = (double)(step - WarmupSteps) / Math.Max(1, Steps - WarmupSteps);
        return LearningRate * (0.1 + (0.9 * 0.5 * (1 + Math.Cos(Math.PI * progress))));
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Steps} steps of {BatchSize} windows, AdamW lr {LearningRate} (warm-up {WarmupSteps}, cosine to a tenth), weight decay {WeightDecay}, gradient norm ≤ {MaxGradientNorm}, {Threads} thread(s)");
}
