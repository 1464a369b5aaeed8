using System.Diagnostics;
using System.Globalization;
using ClaimCheck.Capture;
using ClaimCheck.Dictionaries;
using ClaimCheck.Dictionaries.Training;
using ClaimCheck.Targets;
using StripesWorld.Dictionaries;
using StripesWorld.Model;
using StripesWorld.Scenes;

namespace StripesWorld.Train;

/// <summary>
/// Trains the bottleneck's sparse autoencoder for a grid of dictionary sizes and L1 coefficients and prints each one's
/// metrics on the evaluation scenes (the training distribution), with its best stripes latent there and that latent's
/// strongest response to another kind among scenes without stripes: how the committed settings were chosen, on training
/// data only. No claim split is read, and nothing is saved.
/// </summary>
internal static class SaeSweepCommand
{
    private static readonly int[] LatentCounts = [8, 16, 32];
    private static readonly double[] L1Coefficients = [0.02, 0.05, 0.1, 0.2];

    public static int Run(string[] options)
    {
        SaeTrainingSettings baseSettings = SaeCommand.Parse(options, StripesSae.Settings, out _);
        using var world = new StripesWorldTarget();
        DataSplit training = StripesSae.TrainingScenes().ToSplit("sae-training", SplitRole.HeldOut);
        ActivationMatrix activations = world.Activations.Get(training, StripesNet.BottleneckPath, StripesSae.LayerReduction);
        Data.SceneSet evaluationScenes = StripesSae.EvaluationScenes();
        DataSplit evaluation = evaluationScenes.ToSplit("sae-evaluation", SplitRole.HeldOut);
        BatchLoss loss = StripesSae.Loss(evaluationScenes);
        ActivationMatrix evaluationActivations = world.Activations.Get(evaluation, StripesNet.BottleneckPath, StripesSae.LayerReduction);
        StripesProfile units = StripesProfile.Of(evaluationActivations.ToArray(), evaluationScenes.Count, evaluationActivations.Units, evaluationScenes);
        Console.WriteLine($"Sweep around: {baseSettings}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Best bottleneck unit for stripes on the evaluation scenes: unit {units.Best}, AUROC {units.Aurocs[units.Best]:0.000}, most of another kind without stripes {units.WorstKind[units.Best].ConceptName()} {units.WorstOther[units.Best]:0.000}"));
        Console.WriteLine($"{"latents",8} {"L1",6} {"L0",7} {"expl.var",9} {"dead",5} {"spliced",8} {"clean",7} {"recovered",10} {"stripes",8} {"AUROC",6} {"other",16} {"seconds",8}");
        foreach (int latents in LatentCounts)
        {
            foreach (double l1 in L1Coefficients)
            {
                var clock = Stopwatch.StartNew();
                SaeTrainingSettings settings = baseSettings with { Latents = latents, L1Coefficient = l1 };
                SaeTrainingResult result = SaeTrainer.Train(activations, settings, StripesNet.BottleneckPath, StripesSae.LayerReduction, world.ModelFingerprint);
                SaeMetrics m = SaeEvaluation.Measure(world, result.Autoencoder, evaluation, loss);
                float[] codes = result.Autoencoder.Encode(evaluationActivations.ToArray(), evaluationScenes.Count);
                StripesProfile profile = StripesProfile.Of(codes, evaluationScenes.Count, latents, evaluationScenes);
                int best = profile.Best;
                string other = $"{profile.WorstKind[best].ConceptName()} {profile.WorstOther[best]:0.000}";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{latents,8} {l1,6} {m.L0,7:0.000} {m.ExplainedVariance,9:0.0000} {m.DeadLatents.Count,5} {m.SplicedLoss,8:0.0000} {m.CleanLoss,7:0.0000} {m.LossRecovered,10:0.0000} {best,8} {profile.Aurocs[best],6:0.000} {other,16} {clock.Elapsed.TotalSeconds,8:0.0}"));
            }
        }

        return 0;
    }
}
