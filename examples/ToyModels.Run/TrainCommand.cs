using System.Globalization;
using ToyModels.Data;
using ToyModels.Geometry;
using ToyModels.Model;
using ToyModels.Training;

namespace ToyModels.Run;

/// <summary>Retrains every run of <see cref="ToyRegime.All"/> and overwrites the committed weights.</summary>
internal static class TrainCommand
{
    public static int Run()
    {
        string folder = Path.Combine(RepositoryRoot.Find(), ToyWeights.CommittedFolder);
        Directory.CreateDirectory(folder);
        foreach (ToyRegime regime in ToyRegime.All)
        {
            ToyTraining.Result result = ToyTraining.Train(regime, Steps());
            using ToyModel model = result.Model;
            string path = Path.Combine(folder, ToyWeights.FileName(regime));
            File.WriteAllText(path, ToyWeights.Format(model, regime, result.FinalLoss));
            var geometry = new ToyGeometry(model.WeightValues(), model.HiddenDims, model.Features);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{regime}: loss {result.FinalLoss:0.00000}, represented [{string.Join(", ", geometry.Represented)}], {result.Elapsed.TotalSeconds:0.0} s -> {path}"));
        }

        return 0;
    }

    // TOY_STEPS overrides the step count for timing experiments only; the committed weights use the default.
    private static ToyTrainingSettings Steps() =>
        Environment.GetEnvironmentVariable("TOY_STEPS") is { } steps
            ? ToyTrainingSettings.Default with { Steps = int.Parse(steps, CultureInfo.InvariantCulture) }
            : ToyTrainingSettings.Default;
}
