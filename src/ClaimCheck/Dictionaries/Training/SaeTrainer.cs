using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Dictionaries;
using ClaimCheck.Statistics;
using ClaimCheck.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Dictionaries.Training;

/// <summary>
/// Trains a sparse autoencoder on a frozen layer's activations: a ReLU encoder, a linear decoder with unit-norm rows,
/// and the loss ‖ẑ − z‖² + λ‖f‖₁ (Bricken et al. 2023, "Towards Monosemanticity"), minimised with Adam over seeded
/// minibatches. Deterministic: the initial weights and the example order come from <see cref="SaeTrainingSettings.Seed"/>
/// through <see cref="SeededRandom"/>, so the same activations, settings and device give the same bytes.
/// </summary>
/// <remarks>
/// ReLU with an L1 penalty rather than TopK: a ReLU latent's activation is a function of the input alone
/// (f_j = ReLU(w_j·z + b_j)), so a claim about one latent can be scored, edited and read without the other latents;
/// a TopK latent is on or off depending on how the other latents rank, which makes "latent j's activation" a property
/// of the whole dictionary. The decoder rows are renormalised after every step so the L1 penalty cannot be dodged by
/// shrinking latents and growing decoder rows.
/// </remarks>
/// <example>
/// <code>
/// ActivationMatrix training = target.Activations.Get(trainingSplit, "bottleneck", Reduction.Max);
/// SaeTrainingResult result = SaeTrainer.Train(training, SaeTrainingSettings.Default, "bottleneck", Reduction.Max, target.ModelFingerprint);
/// SaeFile.Save(result.Autoencoder, "bottleneck.sae");
/// </code>
/// </example>
public static class SaeTrainer
{
    // Kept by a static field for the process's life, so the GC never frees it under a native call.
    private static readonly Scalar NormFloor = 1e-12.ToScalar();

    /// <summary>Trains on <paramref name="activations"/> (one row per example), on <paramref name="device"/> (the CPU when null).</summary>
    public static SaeTrainingResult Train(
        ActivationMatrix activations, SaeTrainingSettings settings, string layer, Reduction reduction, string? modelFingerprint, Device? device = null)
    {
        ArgumentNullException.ThrowIfNull(activations);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        if (activations.Rows < 2)
        {
            throw new ClaimCheckException(DiagnosticIds.MissingSplit,
                $"a sparse autoencoder for '{layer}' needs at least 2 training examples; it got {activations.Rows}");
        }

        int bad = activations.FirstNonFinite();
        if (bad >= 0)
        {
            throw new ClaimCheckException(DiagnosticIds.NonFiniteActivations,
                $"the training activations of '{layer}' hold a non-finite value (example {bad / activations.Units}, unit {bad % activations.Units})");
        }

        // The CPU by default: the dictionary is small, and committed weights reproduce bit for bit only on one device.
        device ??= CPU;
        int inputs = activations.Units;
        (float[] mean, float scale) = Normalisation(activations);
        float[] decoder = InitialDecoder(settings.Latents, inputs, SeededRandom.Derive(settings.Seed, "sae-initial-decoder"));

        using var scope = NewDisposeScope();
        Tensor data = NormalisedData(activations, mean, scale, device);
        var decoderWeights = new TorchSharp.Modules.Parameter(tensor(decoder, [settings.Latents, inputs]).to(device));
        var encoderWeights = new TorchSharp.Modules.Parameter(tensor(decoder, [settings.Latents, inputs]).to(device));
        var encoderBias = new TorchSharp.Modules.Parameter(zeros(settings.Latents, device: device));
        var decoderBias = new TorchSharp.Modules.Parameter(zeros(inputs, device: device));
        using var optimizer = new KeptScalarAdam([encoderWeights, encoderBias, decoderWeights, decoderBias], settings.LearningRate);

        var reconstruction = new List<double>();
        var l1 = new List<double>();
        var order = new SeededRandom(SeededRandom.Derive(settings.Seed, "sae-example-order"));
        int[] indices = Enumerable.Range(0, activations.Rows).ToArray();
        for (int epoch = 0; epoch < settings.Epochs; epoch++)
        {
            order.Shuffle(indices.AsSpan());
            (double epochError, double epochL1) = RunEpoch(
                data, indices, settings, optimizer, encoderWeights, encoderBias, decoderWeights, decoderBias);
            reconstruction.Add(epochError);
            l1.Add(epochL1);
        }

        var autoencoder = new SparseAutoencoder(layer, reduction, modelFingerprint, scale, mean,
            Read(encoderWeights), Read(encoderBias), Read(decoderWeights), Read(decoderBias));
        return new SaeTrainingResult(autoencoder, settings, activations.Rows, reconstruction, l1);
    }

    private static (double Error, double L1) RunEpoch(
        Tensor data, int[] indices, SaeTrainingSettings settings, KeptScalarAdam optimizer,
        Tensor encoderWeights, Tensor encoderBias, Tensor decoderWeights, Tensor decoderBias)
    {
        using var epochScope = NewDisposeScope();
        using Scalar l1Coefficient = settings.L1Coefficient.ToScalar();
        Tensor errorSum = zeros(1, dtype: float64, device: data.device);
        Tensor l1Sum = zeros(1, dtype: float64, device: data.device);
        for (int start = 0; start < indices.Length; start += settings.BatchSize)
        {
            int count = Math.Min(settings.BatchSize, indices.Length - start);
            using var scope = NewDisposeScope();
            using Scalar batchSize = count.ToScalar();
            Tensor batch = data.index_select(0, tensor(indices.AsSpan(start, count).ToArray().Select(i => (long)i).ToArray(), device: data.device));
            Tensor latents = nn.functional.relu((batch - decoderBias).matmul(encoderWeights.t()).add(encoderBias, TorchScalars.One));
            Tensor reconstructed = latents.matmul(decoderWeights).add(decoderBias, TorchScalars.One);
            Tensor error = (reconstructed - batch).pow(TorchScalars.Two).sum(1).mean();
            Tensor penalty = latents.sum(1).mean();
            Tensor loss = error.add(penalty.mul(l1Coefficient), TorchScalars.One);
            optimizer.ZeroGrad();
            loss.backward();
            optimizer.Step();
            using (no_grad())
            {
                // Unit-norm decoder rows: otherwise the L1 penalty shrinks latents and the decoder grows to compensate.
                decoderWeights.div_(decoderWeights.norm(1, keepdim: true).clamp_min(NormFloor));
                errorSum.add_(error.detach().to(float64).mul(batchSize), TorchScalars.One);
                l1Sum.add_(penalty.detach().to(float64).mul(batchSize), TorchScalars.One);
            }
        }

        return (errorSum.cpu().item<double>() / indices.Length, l1Sum.cpu().item<double>() / indices.Length);
    }

    /// <summary>μ and s with E‖(x − μ)·s‖² = inputs, so λ means the same for layers of any scale.</summary>
    private static (float[] Mean, float Scale) Normalisation(ActivationMatrix activations)
    {
        int inputs = activations.Units;
        var mean = new double[inputs];
        for (int r = 0; r < activations.Rows; r++)
        {
            ReadOnlySpan<float> row = activations.Row(r);
            for (int i = 0; i < inputs; i++)
            {
                mean[i] += row[i];
            }
        }

        for (int i = 0; i < inputs; i++)
        {
            mean[i] /= activations.Rows;
        }

        double squares = 0;
        for (int r = 0; r < activations.Rows; r++)
        {
            ReadOnlySpan<float> row = activations.Row(r);
            for (int i = 0; i < inputs; i++)
            {
                double d = row[i] - mean[i];
                squares += d * d;
            }
        }

        double meanSquaredNorm = squares / activations.Rows;
        // A layer that never varies has nothing to encode; scale 1 keeps the arithmetic finite.
        float scale = meanSquaredNorm > 0 ? (float)Math.Sqrt(inputs / meanSquaredNorm) : 1f;
        return (mean.Select(m => (float)m).ToArray(), scale);
    }

    private static Tensor NormalisedData(ActivationMatrix activations, float[] mean, float scale, Device device)
    {
        float[] values = activations.ToArray();
        int inputs = activations.Units;
        for (int k = 0; k < values.Length; k++)
        {
            values[k] = (values[k] - mean[k % inputs]) * scale;
        }

        return tensor(values, [activations.Rows, inputs]).to(device);
    }

    /// <summary>Random unit rows (isotropic), the decoder's start; the encoder starts as its transpose.</summary>
    private static float[] InitialDecoder(int latents, int inputs, ulong seed) => RandomDirections.Draw(latents, inputs, seed);

    private static float[] Read(Tensor parameter) => parameter.detach().cpu().contiguous().data<float>().ToArray();
}
