using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Dictionaries;
using ClaimCheck.Dictionaries.Training;
using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Dictionaries;

/// <summary>
/// Training on data made from a planted sparse dictionary recovers the dictionary: each activation is a sum of a few
/// of <see cref="Features"/> known unit directions in 8 dimensions, with random magnitudes.
/// </summary>
public class SaeTrainerTests
{
    private const int Width = 8;
    private const int Features = 6;
    private const int Examples = 4000;

    // Each feature is on with probability 0.15 (about one per example), at a magnitude uniform in [1, 3].
    // One planted dictionary for every test; the seed draws the codes (which features are on, and how strongly).
    private static (ActivationMatrix Activations, float[] Dictionary, bool[][] On) Planted(ulong seed)
    {
        float[] dictionary = RandomDirections.Draw(Features, Width, SeededRandom.Derive(1, "dictionary"));
        var random = new SeededRandom(SeededRandom.Derive(seed, "codes"));
        var values = new float[Examples * Width];
        bool[][] on = [.. Enumerable.Range(0, Features).Select(_ => new bool[Examples])];
        for (int n = 0; n < Examples; n++)
        {
            for (int k = 0; k < Features; k++)
            {
                if (!random.NextBool(0.15))
                {
                    continue;
                }

                on[k][n] = true;
                double magnitude = random.NextDouble(1, 3);
                for (int i = 0; i < Width; i++)
                {
                    values[(n * Width) + i] += (float)(magnitude * dictionary[(k * Width) + i]);
                }
            }
        }

        return (new ActivationMatrix(values, Examples, Width), dictionary, on);
    }

    private static readonly SaeTrainingSettings Settings = SaeTrainingSettings.Default with
    {
        Latents = 12, L1Coefficient = 0.05, Epochs = 60, BatchSize = 256, LearningRate = 1e-2, Seed = 11,
    };

    [Test]
    public void Training_on_a_planted_sparse_dictionary_recovers_it()
    {
        (ActivationMatrix activations, float[] dictionary, bool[][] on) = Planted(seed: 1);
        SparseAutoencoder sae = SaeTrainer.Train(activations, Settings, "layer", Reduction.Max, null).Autoencoder;

        float[] latents = sae.Encode(activations.ToArray(), Examples);
        for (int k = 0; k < Features; k++)
        {
            // The best-matching decoder row points along the planted feature (cosine ≥ 0.9, a 26° cone: the recovery
            // criterion of toy-data SAE studies), and its latent separates the examples that carry the feature from
            // those that do not. Clearly, not perfectly (AUROC ≥ 0.85): the L1 penalty leaves a latent at 0 on some weak
            // occurrences of its feature, tied with the negatives; a latent for the wrong feature scores about 0.5.
            (int latent, double cosine) = Enumerable.Range(0, sae.LatentCount)
                .Select(j => (j, Cosine(sae.DecoderWeights, j, dictionary, k)))
                .MaxBy(p => p.Item2);
            double[] column = Enumerable.Range(0, Examples).Select(n => (double)latents[(n * sae.LatentCount) + latent]).ToArray();

            Assert.That(cosine, Is.GreaterThanOrEqualTo(0.9), $"feature {k}: best decoder row {latent}");
            Assert.That(Auroc.Compute(column, on[k]), Is.GreaterThanOrEqualTo(0.85), $"feature {k}: latent {latent}");
        }

        SaeMetrics metrics = SaeEvaluation.Reconstruction(sae, Planted(seed: 2).Activations);
        Assert.That(metrics.ExplainedVariance, Is.GreaterThan(0.9), "fresh data from the same dictionary is reconstructed");
        Assert.That(metrics.L0, Is.LessThan(4), "sparse: about one feature per example is on");
    }

    [Test]
    public void Training_is_deterministic()
    {
        ActivationMatrix activations = Planted(seed: 3).Activations;
        SaeTrainingSettings quick = Settings with { Epochs = 2 };

        byte[] first = SaeFile.ToBytes(SaeTrainer.Train(activations, quick, "layer", Reduction.Max, null).Autoencoder);
        byte[] second = SaeFile.ToBytes(SaeTrainer.Train(activations, quick, "layer", Reduction.Max, null).Autoencoder);

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Decoder_rows_have_unit_norm()
    {
        SparseAutoencoder sae = SaeTrainer.Train(Planted(seed: 4).Activations, Settings with { Epochs = 2 }, "layer", Reduction.Max, null).Autoencoder;

        for (int j = 0; j < sae.LatentCount; j++)
        {
            double norm = Math.Sqrt(Enumerable.Range(0, Width).Sum(i => Math.Pow(sae.DecoderWeights[(j * Width) + i], 2)));
            Assert.That(norm, Is.EqualTo(1).Within(1e-5), $"row {j}");
        }
    }

    [Test]
    public void Bad_settings_and_data_are_refused()
    {
        ActivationMatrix activations = Planted(seed: 5).Activations;

        Assert.That(Refused(() => _ = SaeTrainer.Train(activations, Settings with { Latents = 0 }, "layer", Reduction.Max, null)), Is.EqualTo(DiagnosticIds.SettingOutOfRange));
        Assert.That(Refused(() => _ = SaeTrainer.Train(activations, Settings with { L1Coefficient = -1 }, "layer", Reduction.Max, null)), Is.EqualTo(DiagnosticIds.SettingOutOfRange));
        Assert.That(Refused(() => _ = SaeTrainer.Train(new ActivationMatrix([1f, 2f], 1, 2), Settings, "layer", Reduction.Max, null)), Is.EqualTo(DiagnosticIds.MissingSplit));
        Assert.That(Refused(() => _ = SaeTrainer.Train(new ActivationMatrix([1f, float.NaN, 0f, 0f], 2, 2), Settings, "layer", Reduction.Max, null)), Is.EqualTo(DiagnosticIds.NonFiniteActivations));
    }

    private static string Refused(Action action) => Assert.Throws<ClaimCheckException>(() => action())!.Diagnostic.Id;

    private static double Cosine(IReadOnlyList<float> rows, int row, float[] dictionary, int feature)
    {
        double dot = 0, a = 0, b = 0;
        for (int i = 0; i < Width; i++)
        {
            double x = rows[(row * Width) + i], y = dictionary[(feature * Width) + i];
            dot += x * y;
            a += x * x;
            b += y * y;
        }

        return dot / Math.Sqrt(a * b);
    }
}
