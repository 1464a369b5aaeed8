using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Dictionaries;
using ClaimCheck.Evidence;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Targets;
using NUnit.Framework;
using TorchSharp.Modules;

namespace ClaimCheck.Tests.Sequences;

/// <summary>A sparse autoencoder's latent on per-token activations is a subject like a unit: read at the window's last position.</summary>
public class SequenceLatentTests
{
    [Test]
    public void A_latent_of_a_units_last_layer_scores_its_encoder_on_the_last_positions_activations()
    {
        // Latent 0 reads unit 0 through a ReLU, latent 1 reads unit 1: its score is max(0, unit 0 at the last position).
        float[] encoder = [1, 0, 0, 0, 0, 1, 0, 0];
        var autoencoder = new SparseAutoencoder("layer", Reduction.Last, null, 1, new float[4], encoder, new float[2], encoder, new float[4]);
        (Sequential model, Sequential twin) = SequenceTwins.Models();
        twin.Dispose();
        DataSplit split = SequenceTwins.Split("held-out", SplitRole.HeldOut, 300, 9, perDocument: 10);
        using AuditTarget target = SequenceTwins.Builder(model, LayerLayout.UnitsLast, split).WithAutoencoder("sae", autoencoder, "by hand").Create();
        var latent = new LatentSubject("layer", "sae", 0, Reduction.Last);

        ActivationMatrix activations = target.Activations.Get(split, "layer", Reduction.Last);
        double[] scores = SubjectScorer.Score(latent, activations, target);
        var claim = new ClaimDefinition { Id = "t", Text = "latent 0 means a", Subject = latent, Concept = "a", Seed = 7 };
        SplitScore score = HeldOutCheck.Measure(target, claim, new HeldOutSettings()).HeldOut[0];

        Assert.That(scores, Is.EqualTo(activations.Column(0).Select(v => Math.Max(0, v))).Within(1e-6));
        Assert.That(score.Auroc, Is.GreaterThan(0.9), "latent 0 reads the feature concept a is defined by");
        Assert.That(score.IsClustered, Is.True);
    }
}
