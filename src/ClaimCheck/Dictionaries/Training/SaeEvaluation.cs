using ClaimCheck.Capture;
using ClaimCheck.Diagnostics;
using ClaimCheck.Dictionaries;
using ClaimCheck.Evidence;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Targets;
using static TorchSharp.torch;

namespace ClaimCheck.Dictionaries.Training;

/// <summary>Measures <see cref="SaeMetrics"/> on examples the autoencoder was not trained on.</summary>
/// <example>
/// <code>
/// SaeMetrics metrics = SaeEvaluation.Measure(target, sae, evaluationSplit, loss);
/// Console.WriteLine($"L0 {metrics.L0:0.00}, variance explained {metrics.ExplainedVariance:0.000}, loss recovered {metrics.LossRecovered:0.000}");
/// </code>
/// </example>
public static class SaeEvaluation
{
    /// <summary>L0, explained variance and dead latents of <paramref name="autoencoder"/> on <paramref name="activations"/>.</summary>
    public static SaeMetrics Reconstruction(SparseAutoencoder autoencoder, ActivationMatrix activations)
    {
        ArgumentNullException.ThrowIfNull(autoencoder);
        ArgumentNullException.ThrowIfNull(activations);
        if (activations.Units != autoencoder.InputSize)
        {
            throw new ClaimCheckException(DiagnosticIds.AutoencoderDoesNotFitLayer,
                $"the sparse autoencoder for '{autoencoder.Layer}' takes {autoencoder.InputSize} inputs; the activations have {activations.Units} units");
        }

        if (activations.Rows == 0)
        {
            throw new ClaimCheckException(DiagnosticIds.MissingSplit, "sparse-autoencoder metrics need at least one example");
        }

        float[] inputs = activations.ToArray();
        float[] latents = autoencoder.Encode(inputs, activations.Rows);
        float[] reconstruction = autoencoder.Decode(latents, activations.Rows);
        return new SaeMetrics
        {
            Examples = activations.Rows,
            Latents = autoencoder.LatentCount,
            L0 = latents.Count(f => f > 0) / (double)activations.Rows,
            ExplainedVariance = ExplainedVariance(inputs, reconstruction, activations.Rows, activations.Units),
            DeadLatents = Dead(latents, activations.Rows, autoencoder.LatentCount),
        };
    }

    /// <summary>
    /// The reconstruction metrics on <paramref name="split"/> plus the model's loss clean, with the reconstruction
    /// spliced into the layer, and with the layer replaced by its mean. The layers after the autoencoder's run from the
    /// replaced output (a chain of layers re-runs only those; other models run whole with a replacing hook).
    /// </summary>
    /// <param name="target">The audit target whose model runs (any split object, not only the target's own).</param>
    /// <param name="autoencoder">The autoencoder; it must fit the target's layer (CLM5042, CLM5044).</param>
    /// <param name="split">The evaluation examples, not the autoencoder's training examples.</param>
    /// <param name="loss">The model's per-example loss on a batch.</param>
    public static SaeMetrics Measure(AuditTarget target, SparseAutoencoder autoencoder, DataSplit split, BatchLoss loss)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(autoencoder);
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(loss);
        ActivationMatrix activations = target.Activations.Get(split, autoencoder.Layer, autoencoder.Reduction);
        AutoencoderFit.Require(autoencoder, autoencoder.Layer, target, autoencoder.Layer, autoencoder.Reduction, activations.Units);
        SaeMetrics reconstruction = Reconstruction(autoencoder, activations);
        (double clean, double spliced, double ablated) = Losses(target, autoencoder, split, loss, ColumnMeans(activations));
        return reconstruction with { CleanLoss = clean, SplicedLoss = spliced, MeanAblatedLoss = ablated };
    }

    private static (double Clean, double Spliced, double MeanAblated) Losses(
        AuditTarget target, SparseAutoencoder autoencoder, DataSplit split, BatchLoss loss, float[] mean)
    {
        target.Prepare();
        double clean = 0, spliced = 0, ablated = 0;
        // Hooks see every pass of the shared model, so one hooked pass at a time per model.
        lock (ModelGate.For(target.Model))
        {
            using var passes = new ForwardPasses(target, autoencoder.Layer, allowSuffix: true);
            foreach ((int start, int count) in Batches.Of(split.Count, target.BatchSize))
            {
                using var scope = NewDisposeScope();
                using var inference = inference_mode();
                Tensor input = Batches.Input(split, start, count, target.Device);
                (Tensor output, Tensor layer) = passes.Clean(input);
                clean += Sum(loss(output, start, count), count);
                spliced += Sum(loss(passes.Ablated(input, autoencoder.Reconstruct(layer)), start, count), count);
                Tensor meanLayer = tensor(mean).to(layer.dtype).to(layer.device).unsqueeze(0).expand(layer.shape).contiguous();
                ablated += Sum(loss(passes.Ablated(input, meanLayer), start, count), count);
            }
        }

        return (clean / split.Count, spliced / split.Count, ablated / split.Count);
    }

    private static double Sum(Tensor perExample, int count)
    {
        if (perExample.numel() != count)
        {
            throw new ArgumentException($"the loss returned {perExample.numel()} values for a batch of {count}; it must return one per example");
        }

        return perExample.to(float64).sum().cpu().item<double>();
    }

    private static double ExplainedVariance(float[] inputs, float[] reconstruction, int rows, int units)
    {
        var mean = new double[units];
        for (int k = 0; k < inputs.Length; k++)
        {
            mean[k % units] += inputs[k];
        }

        for (int u = 0; u < units; u++)
        {
            mean[u] /= rows;
        }

        double residual = 0, total = 0;
        for (int k = 0; k < inputs.Length; k++)
        {
            double error = (double)inputs[k] - reconstruction[k];
            double spread = inputs[k] - mean[k % units];
            residual += error * error;
            total += spread * spread;
        }

        // A layer that never varies on these examples has no variance to explain.
        return total > 0 ? 1 - (residual / total) : double.NaN;
    }

    private static int[] Dead(float[] latents, int rows, int count)
    {
        var active = new bool[count];
        for (int k = 0; k < latents.Length; k++)
        {
            active[k % count] |= latents[k] > 0;
        }

        return Enumerable.Range(0, count).Where(j => !active[j]).ToArray();
    }

    private static float[] ColumnMeans(ActivationMatrix activations)
    {
        var mean = new double[activations.Units];
        for (int r = 0; r < activations.Rows; r++)
        {
            ReadOnlySpan<float> row = activations.Row(r);
            for (int u = 0; u < mean.Length; u++)
            {
                mean[u] += row[u];
            }
        }

        return mean.Select(m => (float)(m / activations.Rows)).ToArray();
    }
}
