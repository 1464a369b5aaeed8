using System.Globalization;
using System.Text.RegularExpressions;
using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Dictionaries;
using ClaimCheck.Dictionaries.Training;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using NUnit.Framework;
using StripesWorld.Data;
using StripesWorld.Dictionaries;
using StripesWorld.Model;
using StripesWorld.Scenes;

namespace StripesWorld.Tests.Sae;

/// <summary>
/// The committed sparse autoencoder: it loads, it belongs to the committed network, its metrics file reproduces, and
/// the stripes latent the claims use is the one the discovery split picks.
/// </summary>
[NonParallelizable]
public class CommittedSaeTests
{
    private static readonly Lazy<StripesWorldTarget> World = new(() => new StripesWorldTarget());

    [OneTimeTearDown]
    public void DisposeWorld()
    {
        if (World.IsValueCreated)
        {
            World.Value.Dispose();
        }
    }

    [Test]
    public void The_committed_autoencoder_loads_and_fits_the_committed_network()
    {
        SparseAutoencoder sae = World.Value.Autoencoder(StripesSae.Name).Autoencoder;

        Assert.That(sae.Layer, Is.EqualTo(StripesNet.BottleneckPath));
        Assert.That(sae.InputSize, Is.EqualTo(StripesNet.BottleneckUnits));
        Assert.That(sae.LatentCount, Is.EqualTo(StripesSae.Settings.Latents));
        Assert.That(sae.ModelFingerprint, Is.EqualTo(World.Value.ModelFingerprint), "trained on the committed network");
    }

    [Test]
    public void The_committed_metrics_reproduce()
    {
        string text = StripesSae.CommittedMetrics() ?? throw new AssertionException("the build carries no metrics file");
        SceneSet scenes = StripesSae.EvaluationScenes();
        SaeMetrics metrics = SaeEvaluation.Measure(
            World.Value, World.Value.Autoencoder(StripesSae.Name).Autoencoder, scenes.ToSplit("sae-evaluation", SplitRole.HeldOut), StripesSae.Loss(scenes));

        // The file prints 3 or 4 decimals; 0.002 allows for that rounding and for another device's float arithmetic.
        Assert.That(metrics.L0, Is.EqualTo(Number(text, @"L0 \(mean active latents\): ([0-9.]+)")).Within(0.002));
        Assert.That(metrics.ExplainedVariance, Is.EqualTo(Number(text, @"explained variance: ([0-9.]+)")).Within(0.002));
        Assert.That(metrics.DeadLatents.Count, Is.EqualTo((int)Number(text, @"dead latents: ([0-9]+)")));
        Assert.That(metrics.CleanLoss, Is.EqualTo(Number(text, @"clean ([0-9.]+)")).Within(0.002));
        Assert.That(metrics.SplicedLoss, Is.EqualTo(Number(text, @"SAE spliced ([0-9.]+)")).Within(0.002));
        Assert.That(metrics.MeanAblatedLoss, Is.EqualTo(Number(text, @"mean-ablated ([0-9.]+)")).Within(0.002));
    }

    [Test]
    public void The_stripes_latent_is_the_discovery_split_s_choice()
    {
        // Discovery data only: the latent with the highest AUROC for stripes there (lowest index on a tie).
        DataSplit discovery = World.Value.Discovery!;
        SparseAutoencoder sae = World.Value.Autoencoder(StripesSae.Name).Autoencoder;
        float[] latents = sae.Encode(World.Value.Activations.Get(discovery, StripesNet.BottleneckPath, Reduction.Max).ToArray(), discovery.Count);
        bool[] stripes = discovery.Labels[FeatureKind.Stripes.ConceptName()];
        double[] aurocs = [.. Enumerable.Range(0, sae.LatentCount).Select(j =>
            Auroc.Compute([.. Enumerable.Range(0, discovery.Count).Select(n => (double)latents[(n * sae.LatentCount) + j])], stripes))];

        int chosen = Enumerable.Range(0, sae.LatentCount).OrderByDescending(j => aurocs[j]).ThenBy(j => j).First();
        Assert.That(chosen, Is.EqualTo(StripesSae.StripesLatent));
        Assert.That(StripesSae.CommittedMetrics(), Does.Contain($"chosen: latent {StripesSae.StripesLatent} "));
    }

    private static double Number(string text, string pattern)
    {
        Match match = Regex.Match(text, pattern, RegexOptions.CultureInvariant);
        Assert.That(match.Success, Is.True, $"the metrics file has no line matching {pattern}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }
}
