using System.Diagnostics;
using ClaimCheck.Statistics;
using CodeWorld.Model;
using TorchSharp;
using static TorchSharp.torch;

namespace CodeWorld.Training;

/// <summary>
/// Trains a <see cref="CodeTransformer"/> deterministically on the training split's tokens: initial weights from
/// <c>torch.manual_seed</c> with <see cref="CodeSeeds.TorchInitialisation"/>; each step's windows drawn uniformly from
/// the concatenated training text by a <see cref="SeededRandom"/> seeded with <see cref="CodeSeeds.Windows"/>; AdamW
/// on next-character cross-entropy, on the CPU with a fixed number of threads and no dropout. Across CPUs
/// floating-point results may still differ in the last bits, which is why the world ships its weights.
/// </summary>
public static class CodeTraining
{
    /// <summary>Steps per line of the log.</summary>
    public const int LogEvery = 100;

    /// <summary>Trains a model of <paramref name="shape"/> on <paramref name="tokens"/>; <paramref name="log"/> receives a line every <see cref="LogEvery"/> steps.</summary>
    public static TrainingResult Train(byte[] tokens, ModelShape shape, TrainingSettings settings, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(settings);
        int context = shape.Context;
        if (tokens.Length < context + 2)
        {
            throw new ArgumentException($"{tokens.Length} training tokens are fewer than one window of {context + 1}", nameof(tokens));
        }

        var clock = Stopwatch.StartNew();
        set_num_threads(settings.Threads);
        manual_seed(CodeSeeds.TorchInitialisation);
        var model = new CodeTransformer(shape);
        model.train();
        using var optimizer = optim.AdamW(model.parameters(), lr: settings.LearningRate, weight_decay: TrainingSettings.WeightDecay);
        var random = new SeededRandom(CodeSeeds.Windows);
        var inputs = new long[settings.BatchSize * context];
        var targets = new long[settings.BatchSize * context];
        var losses = new List<double>();
        double lossSum = 0;
        for (int step = 0; step < settings.Steps; step++)
        {
            foreach (var group in optimizer.ParamGroups)
            {
                group.LearningRate = settings.LearningRateAt(step);
            }

            for (int b = 0; b < settings.BatchSize; b++)
            {
                int start = random.NextInt(tokens.Length - context);
                for (int t = 0; t < context; t++)
                {
                    inputs[(b * context) + t] = tokens[start + t];
                    targets[(b * context) + t] = tokens[start + t + 1];
                }
            }

            using var scope = NewDisposeScope();
            optimizer.zero_grad();
            Tensor logits = model.call(tensor(inputs, [settings.BatchSize, context]));
            Tensor loss = nn.functional.cross_entropy(logits.view(settings.BatchSize * context, CharVocabulary.Size), tensor(targets));
            loss.backward();
            nn.utils.clip_grad_norm_(model.parameters(), TrainingSettings.MaxGradientNorm);
            optimizer.step();
            lossSum += loss.item<float>() / Math.Log(2);
            if ((step + 1) % LogEvery == 0)
            {
                losses.Add(lossSum / LogEvery);
                log?.Invoke(FormattableString.Invariant(
                    $"step {step + 1}/{settings.Steps}: lr {settings.LearningRateAt(step):0.######}, training loss {lossSum / LogEvery:0.0000} bits per character ({clock.Elapsed.TotalSeconds:0.0} s)"));
                lossSum = 0;
            }
        }

        model.eval();
        return new TrainingResult(model, settings, losses, clock.Elapsed);
    }
}
