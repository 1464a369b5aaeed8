using System.Globalization;
using FashionMnist.Model;
using FashionMnist.Training;
using TorchSharp;

namespace FashionMnist.Train;

/// <summary>Retrains the network, overwrites the committed weights and their checksum, and writes the training log beside them.</summary>
internal static class TrainCommand
{
    public static int Run()
    {
        TrainingSettings settings = TrainingSettings.Default;
        var log = new List<string> { $"Training FashionNet: {settings}, CPU, one thread" };
        Console.WriteLine(log[0]);
        TrainingResult result = FashionTraining.Train(settings, line =>
        {
            Console.WriteLine(line);
            if (!line.StartsWith(' '))
            {
                log.Add("  " + line);
            }
        });

        string path = WeightsLocation.WeightsPath;
        FashionWeights.Save(result.Model, path);
        result.Model.Dispose();

        // Measure the weights as saved (and as the checksum check loads them), so the figures are exactly the file's.
        using FashionNet saved = FashionWeights.Load(path);
        var test = new Data.FashionImages(Data.FashionMnistFiles.Test, "t10k", [.. Enumerable.Range(0, Data.FashionMnistFiles.TestCount)]);
        double accuracy = FashionNetRunner.Accuracy(saved, test.Pixels, test.Labels);
        long parameters = saved.parameters().Sum(p => p.numel());
        log.Add(string.Create(CultureInfo.InvariantCulture, $"""
            Summary
              parameters: {parameters}; weights file: {new FileInfo(path).Length / 1024.0:0} KiB
              data (read and scale 70,000 images): {result.DataTime.TotalSeconds:0.0} s
              optimisation and per-epoch test accuracy: {result.TrainTime.TotalSeconds:0.0} s on one thread (of a shared 2-core machine)
              loss per epoch: {string.Join(", ", result.EpochLosses.Select(l => l.ToString("0.0000", CultureInfo.InvariantCulture)))}
              test accuracy of the saved weights (all 10,000 t10k images): {accuracy:0.0000}
            """));
        log.Add(PerClass(saved, test));
        File.WriteAllText(WeightsLocation.SummaryPath, string.Join('\n', log) + "\n");
        Console.WriteLine(string.Join('\n', log.Skip(1 + settings.Epochs)));
        Console.WriteLine($"Saved {path}, its .sha256 and {WeightsLocation.SummaryPath}. Rebuild before using the new weights elsewhere: they are embedded in FashionMnist.dll.");
        return 0;
    }

    private static string PerClass(FashionNet model, Data.FashionImages test)
    {
        int[] predicted = FashionNetRunner.Predictions(model, test.Pixels);
        var lines = new List<string> { "  test accuracy per class:" };
        foreach (Data.FashionClass kind in Data.FashionConcepts.Classes)
        {
            int total = 0, correct = 0;
            for (int i = 0; i < predicted.Length; i++)
            {
                if (test.Labels[i] == (int)kind)
                {
                    total++;
                    correct += predicted[i] == (int)kind ? 1 : 0;
                }
            }

            lines.Add(string.Create(CultureInfo.InvariantCulture, $"    {Data.FashionConcepts.ConceptName(kind),-11} {(double)correct / total:0.000} ({total} images)"));
        }

        return string.Join('\n', lines);
    }
}
