using ClaimCheck.Data;
using ClaimCheck.Targets;
using ClaimCheck.Weights;

namespace ClaimCheck.Audit;

/// <summary>
/// What the claims are about: the model with its trained weights, the data it is judged on (a discovery split where a
/// claim is formed and a held-out split where it must hold again) and the concepts the data is labelled with.
/// ClaimCheck builds it once per test run and shares it among the claims.
/// </summary>
public sealed class AuditModelTarget() : BuiltAuditTarget(Parts())
{
    private static AuditTargetBuilder Parts()
    {
        // The weights PyTorch saved, by their state_dict names; a missing, extra or misshapen tensor is an error
        // (CLM5060-CLM5066), never a model loaded halfway.
        var model = new AuditModel();
        ModelWeights.Load(model, Beside("model.safetensors"));

        // One example a row: the input features, then a 0/1 column per concept.
        CsvTable table = CsvReader.Read(Beside("inputs.csv"));
        var pool = new ExamplePool(
            table.Features("x0", "x1", "x2", "x3"),
            exampleShape: [4],
            labels: new Dictionary<string, bool[]>
            {
                ["x0-high"] = table.Booleans("label:x0-high"),
                ["x1-high"] = table.Booleans("label:x1-high"),
            });

        // A seeded shuffle: 60% of the examples to form claims on, the rest held out.
        IReadOnlyList<DataSplit> splits = pool.SplitByRatio(seed: 20261206, SplitShare.Discovery(0.6), SplitShare.HeldOut(0.4));

        return AuditTarget.Build("my model", model)
            .WithSplits(splits)
            .WithConcept("x0-high", "feature x0 is above 0.5")   // labelled by the column of the same name
            .WithConcept("x1-high", "feature x1 is above 0.5");
    }

    // The files are copied beside the test assembly (see the project file).
    private static string Beside(string file) => Path.Combine(AppContext.BaseDirectory, file);
}
