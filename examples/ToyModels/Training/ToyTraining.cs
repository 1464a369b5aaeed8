using System.Diagnostics;
using ClaimCheck.Statistics;
using ClaimCheck.Torch;
using TorchSharp;
using ToyModels.Data;
using ToyModels.Model;
using static TorchSharp.torch;

namespace ToyModels.Training;

/// <summary>
/// Trains a <see cref="ToyModel"/> for one <see cref="ToyRegime"/>: initial W from a seeded Gaussian (Xavier-normal
/// scale, b = 0), a fresh batch from the regime's distribution every step, Adam on the importance-weighted squared
/// error Σ_i I_i (x_i − x'_i)² averaged over the batch. Seeds and batches come from <see cref="SeededRandom"/>, the
/// arithmetic runs on the CPU in float32; the tensors are so small (1024 × 5) that every TorchSharp kernel runs on
/// one thread, so the same settings give the same weights bit for bit on one machine. Across CPUs vectorised
/// reductions may round differently in the last bits, which is why the world ships its weights as text.
/// </summary>
public static class ToyTraining
{
    /// <summary>The result of one training run.</summary>
    /// <param name="Model">The trained model (in eval mode, on the CPU); the caller owns it.</param>
    /// <param name="FinalLoss">The mean loss over the last 100 steps.</param>
    /// <param name="Elapsed">Wall time of the run.</param>
    public sealed record Result(ToyModel Model, double FinalLoss, TimeSpan Elapsed);

    /// <summary>Trains the model of <paramref name="regime"/> with <paramref name="settings"/> (the paper's by default).</summary>
    public static Result Train(ToyRegime regime, ToyTrainingSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(regime);
        settings ??= ToyTrainingSettings.Default;
        var clock = Stopwatch.StartNew();
        // One intra-op thread: the kernels are far too small to gain from more, and idle OpenMP workers spin, which on
        // a busy machine costs more than the arithmetic. Restored afterwards, since the setting is process-wide.
        int threads = get_num_threads();
        set_num_threads(1);
        try
        {
            return TrainOnOneThread(regime, settings, clock);
        }
        finally
        {
            set_num_threads(threads);
        }
    }

    private static Result TrainOnOneThread(ToyRegime regime, ToyTrainingSettings settings, Stopwatch clock)
    {
        const int n = ToyRegime.Features;
        const int m = ToyRegime.HiddenDims;
        var model = new ToyModel(n, m, InitialWeight(regime), new float[n]);
        model.train();
        using var importance = tensor(ToyRegime.Importance.Select(v => (float)v).ToArray(), [1, n]);
        using var optimizer = optim.Adam(model.parameters(), lr: settings.LearningRate);
        var random = new SeededRandom(ToySeeds.Training(regime));
        var batch = new float[settings.BatchSize * n];
        const int tail = 100;
        var recent = new float[Math.Min(tail, settings.Steps)];

        for (int step = 0; step < settings.Steps; step++)
        {
            FeatureDistribution.Fill(batch, n, regime.Sparsity, random);
            using var scope = NewDisposeScope();
            Tensor x = tensor(batch, [settings.BatchSize, n]);
            optimizer.zero_grad();
            Tensor loss = (importance * (x - model.call(x)).pow(TorchScalars.Two)).sum(1).mean();
            loss.backward();
            optimizer.step();
            if (step >= settings.Steps - recent.Length)
            {
                recent[step - (settings.Steps - recent.Length)] = loss.item<float>();
            }
        }

        model.eval();
        return new Result(model, recent.Length == 0 ? double.NaN : recent.Average(v => (double)v), clock.Elapsed);
    }

    /// <summary>Xavier-normal initial W ([m, n] row-major): Gaussian with variance 2 / (n + m), from the regime's seed.</summary>
    public static float[] InitialWeight(ToyRegime regime)
    {
        ArgumentNullException.ThrowIfNull(regime);
        var random = new SeededRandom(ToySeeds.Initialisation(regime));
        double scale = Math.Sqrt(2.0 / (ToyRegime.Features + ToyRegime.HiddenDims));
        var weight = new float[ToyRegime.Features * ToyRegime.HiddenDims];
        for (int j = 0; j < weight.Length; j++)
        {
            weight[j] = (float)(scale * random.NextGaussian());
        }

        return weight;
    }
}
