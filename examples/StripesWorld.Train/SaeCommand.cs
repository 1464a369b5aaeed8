using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClaimCheck.Capture;
using ClaimCheck.Dictionaries;
using ClaimCheck.Dictionaries.Training;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using StripesWorld.Dictionaries;
using StripesWorld.Model;
using TorchSharp;

namespace StripesWorld.Train;

/// <summary>
/// Trains the stripes world's sparse autoencoder on the bottleneck activations of the network's training scenes (the
/// committed network held fixed), measures it on fresh scenes from the training distribution, picks the stripes
/// latent from the discovery split alone, and (unless told not to) overwrites the committed weights and metrics.
/// Options: <c>--latents N</c>, <c>--l1 X</c>, <c>--epochs E</c> change the settings for a trial; <c>--no-save</c>
/// leaves the committed files alone.
/// </summary>
internal static class SaeCommand
{
    public static int Run(string[] options)
    {
        SaeTrainingSettings settings = Parse(options, StripesSae.Settings, out bool save);
        using var world = new StripesWorldTarget();
        Console.WriteLine($"Sparse autoencoder on '{StripesNet.BottleneckPath}': {settings} on {torch.get_num_threads()} thread(s)");

        var clock = Stopwatch.StartNew();
        DataSplit training = StripesSae.TrainingScenes().ToSplit("sae-training", SplitRole.HeldOut);
        ActivationMatrix activations = world.Activations.Get(training, StripesNet.BottleneckPath, StripesSae.LayerReduction);
        TimeSpan captureTime = clock.Elapsed;
        clock.Restart();
        SaeTrainingResult result = SaeTrainer.Train(activations, settings, StripesNet.BottleneckPath, StripesSae.LayerReduction, world.ModelFingerprint);
        TimeSpan trainTime = clock.Elapsed;

        clock.Restart();
        Data.SceneSet evaluationScenes = StripesSae.EvaluationScenes();
        DataSplit evaluation = evaluationScenes.ToSplit("sae-evaluation", SplitRole.HeldOut);
        SaeMetrics metrics = SaeEvaluation.Measure(world, result.Autoencoder, evaluation, StripesSae.Loss(evaluationScenes));
        TimeSpan evaluationTime = clock.Elapsed;

        DiscoveryChoice choice = DiscoveryChoice.Make(world, result.Autoencoder);
        string report = Report(result, metrics, choice, captureTime, trainTime, evaluationTime);
        Console.WriteLine(report);
        if (save)
        {
            string path = WeightsLocation.SaePath;
            SaeFile.Save(result.Autoencoder, path);
            File.WriteAllText(WeightsLocation.SaeMetricsPath, report.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
            Console.WriteLine($"Saved {path} ({new FileInfo(path).Length} bytes) and {WeightsLocation.SaeMetricsPath}; rebuild: the weights are embedded in StripesWorld.dll.");
        }

        return 0;
    }

    private static string Report(SaeTrainingResult result, SaeMetrics metrics, DiscoveryChoice choice, TimeSpan capture, TimeSpan train, TimeSpan evaluation)
    {
        var text = new StringBuilder();
        CultureInfo c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Sparse autoencoder '{StripesSae.Name}' on '{StripesNet.BottleneckPath}' ({result.Autoencoder.InputSize} units): {result.Settings}");
        text.AppendLine(c, $"  trained on {result.Examples} training scenes (the network's own training set), network held fixed");
        text.AppendLine(c, $"  capture {capture.TotalSeconds:0.0} s, training {train.TotalSeconds:0.0} s, evaluation {evaluation.TotalSeconds:0.0} s (threads: {torch.get_num_threads()})");
        text.AppendLine(c, $"  reconstruction error per epoch (normalised): {string.Join(", ", result.EpochReconstruction.Select(v => v.ToString("0.0000", c)))}");
        text.AppendLine(c, $"  L1 per epoch: {string.Join(", ", result.EpochL1.Select(v => v.ToString("0.0000", c)))}");
        text.AppendLine(c, $"Metrics on {metrics.Examples} fresh scenes from the training distribution (seed 'stripes-sae-evaluation', no claim split):");
        text.AppendLine(c, $"  L0 (mean active latents): {metrics.L0:0.000}");
        text.AppendLine(c, $"  explained variance: {metrics.ExplainedVariance:0.0000}");
        text.AppendLine(c, $"  dead latents: {metrics.DeadLatents.Count} [{string.Join(", ", metrics.DeadLatents)}]");
        text.AppendLine(c, $"  loss (BCE with logits, mean over 8 features): clean {metrics.CleanLoss:0.0000}, SAE spliced {metrics.SplicedLoss:0.0000}, bottleneck mean-ablated {metrics.MeanAblatedLoss:0.0000}; loss recovered {metrics.LossRecovered:0.0000}");
        text.Append(choice.Describe());
        return text.ToString();
    }

    internal static SaeTrainingSettings Parse(string[] options, SaeTrainingSettings settings, out bool save)
    {
        save = true;
        for (int i = 0; i < options.Length; i++)
        {
            string value = i + 1 < options.Length ? options[i + 1] : string.Empty;
            switch (options[i])
            {
                case "--latents":
                    settings = settings with { Latents = int.Parse(value, CultureInfo.InvariantCulture) };
                    i++;
                    break;
                case "--l1":
                    settings = settings with { L1Coefficient = double.Parse(value, CultureInfo.InvariantCulture) };
                    i++;
                    break;
                case "--epochs":
                    settings = settings with { Epochs = int.Parse(value, CultureInfo.InvariantCulture) };
                    i++;
                    break;
                case "--batch":
                    settings = settings with { BatchSize = int.Parse(value, CultureInfo.InvariantCulture) };
                    i++;
                    break;
                case "--lr":
                    settings = settings with { LearningRate = double.Parse(value, CultureInfo.InvariantCulture) };
                    i++;
                    break;
                case "--seed":
                    // A name, derived from the world's root seed like every other seed of the world.
                    settings = settings with { Seed = SeededRandom.Derive(Data.WorldSeeds.Root, value) };
                    i++;
                    break;
                case "--no-save":
                    save = false;
                    break;
                default:
                    throw new ArgumentException($"unknown option '{options[i]}'; use --latents N, --l1 X, --epochs E, --batch B, --lr R, --seed NAME, --no-save");
            }
        }

        // A trial with other settings never overwrites the committed weights unless asked to keep them explicitly.
        save &= settings == StripesSae.Settings;
        return settings;
    }
}
