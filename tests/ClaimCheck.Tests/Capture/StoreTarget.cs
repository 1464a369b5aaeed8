using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Capture;

/// <summary>
/// A target for the activation store's tests: 8 inputs → "layer" (a linear map to <c>units</c> units, weights from a
/// seed) → "relu" (a leaky ReLU whose slope is a module setting, not a weight). Every instance built with the same
/// arguments has the same weights and data, as a second process would.
/// </summary>
internal sealed class StoreTarget : AuditTarget
{
    public const int Inputs = 8;
    private readonly nn.Module<Tensor, Tensor> _model;

    public StoreTarget(int rows = 300, int units = 24, ulong seed = 5, double slope = 0.01, int batchSize = 64)
    {
        var random = new SeededRandom(seed);
        var layer = nn.Linear(Inputs, units);
        using (no_grad())
        {
            float[] weights = [.. Enumerable.Range(0, units * Inputs).Select(_ => (float)random.NextGaussian())];
            float[] bias = [.. Enumerable.Range(0, units).Select(_ => (float)random.NextGaussian())];
            using Tensor w = tensor(weights).reshape(units, Inputs);
            using Tensor b = tensor(bias);
            layer.weight!.copy_(w);
            layer.bias!.copy_(b);
        }

        _model = nn.Sequential(("layer", layer), ("relu", nn.LeakyReLU(slope)));
        BatchSize = batchSize;
        float[] values = [.. Enumerable.Range(0, rows * Inputs).Select(_ => (float)random.NextGaussian())];
        bool[] positive = [.. Enumerable.Range(0, rows).Select(i => values[i * Inputs] > 0)];
        HeldOut = new DataSplit("held-out", SplitRole.HeldOut, values, [Inputs], new Dictionary<string, bool[]> { ["first"] = positive });
        Splits = [HeldOut];
        Concepts = new ConceptLibrary([new Concept("first", "input 0 is positive")]);
    }

    public override string Name => "store";

    public override nn.Module<Tensor, Tensor> Model => _model;

    public override IReadOnlyList<DataSplit> Splits { get; }

    public DataSplit HeldOut { get; }

    public override ConceptLibrary Concepts { get; }

    public override Device Device => CPU;

    public override int BatchSize { get; }
}
