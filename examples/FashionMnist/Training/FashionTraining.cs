using System.Diagnostics;
using ClaimCheck.Statistics;
using FashionMnist.Data;
using FashionMnist.Model;
using TorchSharp;
using static TorchSharp.torch;

namespace FashionMnist.Training;

/// <summary>
/// Trains a <see cref="FashionNet"/> deterministically on the 60,000 training images: initial weights from
/// <c>torch.manual_seed</c> with <see cref="FashionSeeds.TorchInitialisation"/>, the order of the images per epoch from
/// <see cref="FashionSeeds.Training"/>, then Adam on cross-entropy, on the CPU with one thread (so the weights do not
/// depend on the machine's core count, and a busy machine does not stall two threads at every barrier). Across CPUs
/// floating-point results may still differ in the last bits, which is why the world ships its weights.
/// </summary>
public static class FashionTraining
{
    /// <summary>Trains a network with <paramref name="settings"/>; <paramref name="log"/> receives one line per epoch.</summary>
    public static TrainingResult Train(TrainingSettings settings, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var clock = Stopwatch.StartNew();
        var training = new FashionImages(FashionMnistFiles.Training, "train", [.. Enumerable.Range(0, FashionMnistFiles.TrainingCount)]);
        var test = new FashionImages(FashionMnistFiles.Test, "t10k", [.. Enumerable.Range(0, FashionMnistFiles.TestCount)]);
        TimeSpan dataTime = clock.Elapsed;

        clock.Restart();
        set_num_threads(1);
        manual_seed(FashionSeeds.TorchInitialisation);
        var model = new FashionNet();
        using var optimizer = optim.Adam(model.parameters(), lr: settings.LearningRate);
        int[] order = [.. Enumerable.Range(0, training.Count)];
        var random = new SeededRandom(FashionSeeds.Training);
        var losses = new List<double>();
        var accuracies = new List<double>();
        const int pixels = FashionImages.PixelCount;
        var batchPixels = new float[settings.BatchSize * pixels];
        var batchLabels = new long[settings.BatchSize];
        double learningRate = settings.LearningRate;

        for (int epoch = 0; epoch < settings.Epochs; epoch++)
        {
            model.train();
            foreach (var group in optimizer.ParamGroups)
            {
                group.LearningRate = learningRate;
            }

            random.Shuffle(order.AsSpan());
            double lossSum = 0;
            int batches = 0;
            for (int start = 0; start < order.Length; start += settings.BatchSize)
            {
                int n = Math.Min(settings.BatchSize, order.Length - start);
                for (int i = 0; i < n; i++)
                {
                    int example = order[start + i];
                    training.Image(example).CopyTo(batchPixels.AsSpan(i * pixels));
                    batchLabels[i] = training.Labels[example];
                }

                using var scope = NewDisposeScope();
                Tensor x = tensor(batchPixels.AsSpan(0, n * pixels).ToArray(), [n, 1, FashionMnistFiles.Side, FashionMnistFiles.Side]);
                Tensor y = tensor(batchLabels.AsSpan(0, n).ToArray(), [n]);
                optimizer.zero_grad();
                Tensor loss = nn.functional.cross_entropy(model.call(x), y);
                loss.backward();
                optimizer.step();
                lossSum += loss.item<float>();
                batches++;
                if (batches % 100 == 0)
                {
                    log?.Invoke(FormattableString.Invariant($"  epoch {epoch + 1}, batch {batches}: mean loss {lossSum / batches:0.0000} ({clock.Elapsed.TotalSeconds:0.0} s)"));
                }
            }

            losses.Add(lossSum / batches);
            accuracies.Add(FashionNetRunner.Accuracy(model, test.Pixels, test.Labels));
            log?.Invoke(FormattableString.Invariant(
                $"epoch {epoch + 1}/{settings.Epochs}: lr {learningRate:0.#####}, loss {lossSum / batches:0.0000}, test accuracy {accuracies[^1]:0.0000} ({clock.Elapsed.TotalSeconds:0.0} s)"));
            learningRate *= settings.DecayPerEpoch;
        }

        model.eval();
        return new TrainingResult(model, settings, losses, accuracies, dataTime, clock.Elapsed);
    }
}
