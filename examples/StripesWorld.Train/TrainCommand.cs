using System.Diagnostics;
using StripesWorld.Model;
using StripesWorld.Training;
using TorchSharp;

namespace StripesWorld.Train;

/// <summary>Retrains the network, overwrites the committed weights, and prints the figures and self-checks.</summary>
internal static class TrainCommand
{
    public static int Run()
    {
        TrainingSettings settings = TrainingSettings.Default;
        Console.WriteLine($"Training StripesNet: {settings} on {torch.get_num_threads()} thread(s)");
        TrainingResult result = StripesTraining.Train(settings, Console.WriteLine);
        string summary = Summarize(result);
        Console.WriteLine(summary);

        string path = WeightsLocation.WeightsPath;
        StripesWeights.Save(result.Model, path);
        File.WriteAllText(WeightsLocation.SummaryPath, summary + "\n");
        Console.WriteLine($"Saved {path} ({new FileInfo(path).Length / 1024.0:0} KiB) and {WeightsLocation.SummaryPath}");

        // Explore the weights as saved, so the figures below are exactly those of the file.
        result.Model.Dispose();
        var clock = Stopwatch.StartNew();
        using var world = new StripesWorldTarget(StripesWeights.Load(path));
        Console.WriteLine($"World built (three splits rendered, probe fitted) in {clock.Elapsed.TotalMilliseconds:0} ms");
        var report = new ExploreReport(world);
        report.Print();
        var checks = new SelfChecks();
        checks.Run(world, report, path);
        Console.WriteLine($"Rebuild before using the new weights elsewhere: they are embedded in StripesWorld.dll.");
        return checks.AllPassed ? 0 : 1;
    }

    private static string Summarize(TrainingResult result) => FormattableString.Invariant(
        $"""
        Training summary: {result.Settings}
          threads: {torch.get_num_threads()}
          data (draw + render {result.Settings.Examples} scenes): {result.DataTime.TotalSeconds:0.0} s
          optimisation ({result.Settings.Epochs} epochs, Adam, BCE with logits): {result.TrainTime.TotalSeconds:0.0} s
          loss per epoch: {string.Join(", ", result.EpochLosses.Select(l => l.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture)))}
        """);
}
