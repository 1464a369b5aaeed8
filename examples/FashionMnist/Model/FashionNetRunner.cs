using ClaimCheck.Capture;
using TorchSharp;
using static TorchSharp.torch;

namespace FashionMnist.Model;

/// <summary>Runs a <see cref="FashionNet"/> over many images in batches and returns plain arrays.</summary>
public static class FashionNetRunner
{
    private const int BatchSize = 500;

    /// <summary>The logits, row-major [count, 10], of images [count, 1, 28, 28] laid out one after another.</summary>
    public static float[] Logits(FashionNet model, ReadOnlySpan<float> pixels)
    {
        ArgumentNullException.ThrowIfNull(model);
        return BatchedForward.Map(
            model, pixels, [1, Data.FashionMnistFiles.Side, Data.FashionMnistFiles.Side], Data.FashionConcepts.ClassCount, model.call, BatchSize);
    }

    /// <summary>The predicted class (arg-max logit) of each image.</summary>
    public static int[] Predictions(FashionNet model, ReadOnlySpan<float> pixels)
    {
        float[] logits = Logits(model, pixels);
        const int classes = Data.FashionConcepts.ClassCount;
        var predicted = new int[logits.Length / classes];
        for (int i = 0; i < predicted.Length; i++)
        {
            ReadOnlySpan<float> row = logits.AsSpan(i * classes, classes);
            int best = 0;
            for (int k = 1; k < classes; k++)
            {
                best = row[k] > row[best] ? k : best;
            }

            predicted[i] = best;
        }

        return predicted;
    }

    /// <summary>The fraction of images whose predicted class equals the label.</summary>
    public static double Accuracy(FashionNet model, ReadOnlySpan<float> pixels, IReadOnlyList<byte> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        int[] predicted = Predictions(model, pixels);
        int correct = 0;
        for (int i = 0; i < predicted.Length; i++)
        {
            correct += predicted[i] == labels[i] ? 1 : 0;
        }

        return (double)correct / predicted.Length;
    }
}
