using ToyModels.Data;
using ToyModels.Geometry;
using ToyModels.Model;

namespace ToyModels.Run;

/// <summary>Prints the geometry of every committed run beside the paper's results, then the claim suite's verdicts.</summary>
internal static class ReportCommand
{
    public static int Run()
    {
        Console.WriteLine("# Toy Models of Superposition: n = 5 features, m = 2 hidden dimensions, importance 0.9^i");
        Console.WriteLine($"# a feature is represented when ‖W_i‖ > {ToyGeometry.RepresentedNorm}; D_i = ‖W_i‖² / Σ_j (Ŵ_i·W_j)²");
        Console.WriteLine();
        foreach (ToyRegime regime in ToyRegime.All)
        {
            using ToyModel model = ToyWeights.LoadCommitted(regime);
            var geometry = new ToyGeometry(model.WeightValues(), model.HiddenDims, model.Features);
            Console.WriteLine(GeometryTable.Render(regime, geometry, model.BiasValues()));
        }

        return ClaimVerdicts.Print();
    }
}
