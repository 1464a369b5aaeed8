using System.Diagnostics;
using ClaimCheck.Statistics;
using StripesWorld.Data;
using StripesWorld.Model;
using StripesWorld.Rendering;
using StripesWorld.Scenes;
using TorchSharp;
using static TorchSharp.torch;

namespace StripesWorld.Training;

/// <summary>
/// Trains a <see cref="StripesNet"/> deterministically: the initial weights come from <c>torch.manual_seed</c>
/// with <see cref="WorldSeeds.TorchInitialisation"/>, the scenes and their order per epoch from
/// <see cref="WorldSeeds.Training"/> (a seed no claim split uses), then Adam on BCE-with-logits. On one machine with
/// one thread count the same settings give the same weights; across CPUs floating-point reductions may differ in
/// the last bits, which is why the world ships its weights instead of retraining.
/// </summary>
public static class StripesTraining
{
    /// <summary>Trains a network with <paramref name="settings"/>; <paramref name="log"/> receives one line per epoch.</summary>
    public static TrainingResult Train(TrainingSettings settings, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var clock = Stopwatch.StartNew();
        SceneSet data = WorldData.Training(settings.Examples);
        float[] targets = data.Targets();
        TimeSpan dataTime = clock.Elapsed;

        clock.Restart();
        manual_seed(WorldSeeds.TorchInitialisation);
        var model = new StripesNet();
        model.train();
        using var optimizer = optim.Adam(model.parameters(), lr: settings.LearningRate);
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new SeededRandom(SeededRandom.Derive(WorldSeeds.Training, "order"));
        var losses = new List<double>();
        const int pixels = SceneRenderer.PixelCount;
        int features = FeatureKinds.Count;
        var batchPixels = new float[settings.BatchSize * pixels];
        var batchTargets = new float[settings.BatchSize * features];

        for (int epoch = 0; epoch < settings.Epochs; epoch++)
        {
            random.Shuffle(order.AsSpan());
            double lossSum = 0;
            int batches = 0;
            for (int start = 0; start < order.Length; start += settings.BatchSize)
            {
                int n = Math.Min(settings.BatchSize, order.Length - start);
                for (int i = 0; i < n; i++)
                {
                    int example = order[start + i];
                    data.Pixels.AsSpan(example * pixels, pixels).CopyTo(batchPixels.AsSpan(i * pixels));
                    targets.AsSpan(example * features, features).CopyTo(batchTargets.AsSpan(i * features));
                }

                using var scope = NewDisposeScope();
                Tensor x = tensor(batchPixels.AsSpan(0, n * pixels).ToArray(), [n, 1, SceneRenderer.Side, SceneRenderer.Side]);
                Tensor y = tensor(batchTargets.AsSpan(0, n * features).ToArray(), [n, features]);
                optimizer.zero_grad();
                Tensor loss = nn.functional.binary_cross_entropy_with_logits(model.call(x), y);
                loss.backward();
                optimizer.step();
                lossSum += loss.item<float>();
                batches++;
            }

            losses.Add(lossSum / batches);
            log?.Invoke(FormattableString.Invariant($"epoch {epoch + 1}/{settings.Epochs}: loss {lossSum / batches:0.0000} ({clock.Elapsed.TotalSeconds:0.0} s)"));
        }

        model.eval();
        return new TrainingResult(model, settings, losses, dataTime, clock.Elapsed);
    }
}
