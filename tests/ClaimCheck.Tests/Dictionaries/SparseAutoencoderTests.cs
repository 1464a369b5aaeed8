using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Dictionaries;
using ClaimCheck.Dictionaries.Training;
using NUnit.Framework;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Dictionaries;

/// <summary>The encoder, decoder and metrics against values worked out by hand.</summary>
public class SparseAutoencoderTests
{
    // Two inputs, two latents: μ = (1, 0), s = 2, b_dec = (0.5, 0); latent 0 reads input 0 with bias −1, latent 1
    // reads input 0 − input 1 with bias 0; decoder rows (1, 0) and (0, 1).
    private static SparseAutoencoder Small() => new(
        "layer", Reduction.Max, null, 2f,
        inputMean: [1f, 0f],
        encoderWeights: [1f, 0f, 1f, -1f],
        encoderBias: [-1f, 0f],
        decoderWeights: [1f, 0f, 0f, 1f],
        decoderBias: [0.5f, 0f]);

    [Test]
    public void Encode_and_decode_follow_the_formulas()
    {
        // x = (3, 1): z − b_dec = ((3 − 1)·2 − 0.5, (1 − 0)·2 − 0) = (3.5, 2).
        // f_0 = ReLU(3.5 − 1) = 2.5; f_1 = ReLU(3.5 − 2) = 1.5.
        // x̂ = μ + (b_dec + f_0·(1, 0) + f_1·(0, 1)) / s = (1 + (0.5 + 2.5) / 2, 0 + 1.5 / 2) = (2.5, 0.75).
        SparseAutoencoder sae = Small();
        float[] latents = sae.Encode([3f, 1f], 1);
        float[] reconstruction = sae.Decode(latents, 1);

        Assert.That(latents, Is.EqualTo(new[] { 2.5f, 1.5f }).Within(1e-6f));
        Assert.That(reconstruction, Is.EqualTo(new[] { 2.5f, 0.75f }).Within(1e-6f));
        Assert.That(sae.Contribution(1), Is.EqualTo(new[] { 0f, 0.5f }).Within(1e-6f));
    }

    [Test]
    public void The_tensor_reconstruction_equals_the_plain_one()
    {
        SparseAutoencoder sae = Small();
        float[] inputs = [3f, 1f, 0f, 0f, 1.2f, -0.4f];
        using var scope = NewDisposeScope();
        float[] viaTensor = sae.Reconstruct(tensor(inputs, [3, 2])).data<float>().ToArray();

        Assert.That(viaTensor, Is.EqualTo(sae.Decode(sae.Encode(inputs, 3), 3)).Within(1e-5f));
    }

    [Test]
    public void Metrics_match_hand_computed_values()
    {
        // Rows (3, 1), (0, 0), (1, 1): latents (2.5, 1.5), (0, 0) [z − b_dec = (−2.5, 0)], (0, 0) [(−0.5, 2): f_0 = 0,
        // f_1 = ReLU(−0.5 − 2) = 0]. L0 = 2 / 3. Reconstructions (2.5, 0.75), (1.25, 0), (1.25, 0).
        // Mean x̄ = (4/3, 2/3). Residual: (0.5² + 0.25²) + (1.25² + 0) + (0.25² + 1²) = 0.3125 + 1.5625 + 1.0625 = 2.9375.
        // Total: (5/3)² + (1/3)² + (4/3)² + (2/3)² + (1/3)² + (1/3)² = (25 + 1 + 16 + 4 + 1 + 1) / 9 = 48 / 9.
        var activations = new ActivationMatrix([3f, 1f, 0f, 0f, 1f, 1f], 3, 2);
        SaeMetrics metrics = SaeEvaluation.Reconstruction(Small(), activations);

        Assert.That(metrics.L0, Is.EqualTo(2.0 / 3).Within(1e-12));
        Assert.That(metrics.ExplainedVariance, Is.EqualTo(1 - (2.9375 / (48.0 / 9))).Within(1e-6));
        Assert.That(metrics.DeadLatents, Is.Empty);
        Assert.That(metrics.LossRecovered, Is.Null);
    }

    [Test]
    public void A_latent_that_never_fires_is_dead()
    {
        var activations = new ActivationMatrix([0f, 0f, 0f, 0f], 2, 2);
        SaeMetrics metrics = SaeEvaluation.Reconstruction(Small(), activations);

        Assert.That(metrics.DeadLatents, Is.EqualTo(new[] { 0, 1 }));
        Assert.That(metrics.L0, Is.Zero);
        Assert.That(metrics.ExplainedVariance, Is.NaN, "no variance to explain");
    }

    [Test]
    public void Loss_recovered_is_the_share_of_the_layer_s_worth()
    {
        var metrics = new SaeMetrics
        {
            Examples = 1, Latents = 1, L0 = 1, ExplainedVariance = 1, DeadLatents = [],
            CleanLoss = 0.2, SplicedLoss = 0.3, MeanAblatedLoss = 1.2,
        };

        Assert.That(metrics.LossRecovered, Is.EqualTo(0.9).Within(1e-12));
    }

    [Test]
    public void Non_finite_weights_are_refused()
    {
        var error = Assert.Throws<ClaimCheckException>(() => new SparseAutoencoder(
            "layer", Reduction.Max, null, 1f, [0f], [float.NaN], [0f], [1f], [0f]))!;

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.AutoencoderCorrupt));
    }

    [Test]
    public void Metrics_refuse_activations_of_another_width()
    {
        var error = Assert.Throws<ClaimCheckException>(() => SaeEvaluation.Reconstruction(Small(), new ActivationMatrix([1f, 2f, 3f], 1, 3)))!;

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.AutoencoderDoesNotFitLayer));
    }
}
