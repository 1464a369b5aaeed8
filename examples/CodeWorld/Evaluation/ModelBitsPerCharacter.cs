using CodeWorld.Model;
using static TorchSharp.torch;

namespace CodeWorld.Evaluation;

/// <summary>
/// The model's mean bits per character (cross-entropy in bits) on windows of a split: each window of context + 1
/// tokens predicts its last context tokens from the ones before them (the first target sees one token of context,
/// the last sees the whole context).
/// </summary>
public static class ModelBitsPerCharacter
{
    private const int Batch = 64;

    /// <summary>Mean bits per character of <paramref name="model"/> on the windows at <paramref name="starts"/>.</summary>
    public static double Of(CodeTransformer model, byte[] tokens, IReadOnlyList<int> starts)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(starts);
        int context = model.Shape.Context;
        double nats = 0;
        using var _ = inference_mode();
        for (int first = 0; first < starts.Count; first += Batch)
        {
            int n = Math.Min(Batch, starts.Count - first);
            var inputs = new long[n * context];
            var targets = new long[n * context];
            for (int b = 0; b < n; b++)
            {
                int start = starts[first + b];
                for (int t = 0; t < context; t++)
                {
                    inputs[(b * context) + t] = tokens[start + t];
                    targets[(b * context) + t] = tokens[start + t + 1];
                }
            }

            using var scope = NewDisposeScope();
            Tensor logits = model.call(tensor(inputs, [n, context]));
            Tensor loss = nn.functional.cross_entropy(logits.view(n * context, CharVocabulary.Size), tensor(targets), reduction: nn.Reduction.Sum);
            nats += loss.item<float>();
        }

        return nats / Math.Log(2) / ((double)starts.Count * context);
    }
}
