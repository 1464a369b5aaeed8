using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// The scaling benchmark's synthetic target: 32 inputs → a linear layer of <c>width</c> units → ReLU, with a discovery and
/// a held-out split of <c>examples</c> each. Concept "a" is input 0 above 0.5, concept "b" input 1 above 0; the weights
/// and inputs come from fixed seeds, so every run measures the same claims on the same numbers.
/// </summary>
internal sealed class ScalingTarget : AuditTarget
{
    public const int Inputs = 32;
    public const string Layer = "relu";
    private readonly nn.Module<Tensor, Tensor> _model;

    public ScalingTarget(int width, int examples)
    {
        var linear = nn.Linear(Inputs, width);
        var random = new SeededRandom(16);
        using (no_grad())
        {
            float[] weights = new float[width * Inputs];
            for (int i = 0; i < weights.Length; i++)
            {
                weights[i] = (float)(random.NextGaussian() / Math.Sqrt(Inputs));
            }

            linear.weight!.copy_(tensor(weights).reshape(width, Inputs));
            linear.bias!.zero_();
        }

        _model = nn.Sequential(("linear", linear), (Layer, nn.ReLU()));
        Splits = [Generate("discovery", SplitRole.Discovery, examples, 1), Generate("held-out", SplitRole.HeldOut, examples, 2)];
        Concepts = new ConceptLibrary([new Concept("a", "input 0 above 0.5"), new Concept("b", "input 1 above 0")]);
    }

    public override string Name => "scaling";

    public override nn.Module<Tensor, Tensor> Model => _model;

    public override IReadOnlyList<DataSplit> Splits { get; }

    public override ConceptLibrary Concepts { get; }

    public override Device Device => CPU;

    private static DataSplit Generate(string name, SplitRole role, int count, ulong seed)
    {
        var random = new SeededRandom(seed);
        var values = new float[count * Inputs];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (float)random.NextGaussian();
        }

        bool[] a = Enumerable.Range(0, count).Select(i => values[i * Inputs] > 0.5f).ToArray();
        bool[] b = Enumerable.Range(0, count).Select(i => values[(i * Inputs) + 1] > 0f).ToArray();
        return new DataSplit(name, role, values, [Inputs], new Dictionary<string, bool[]> { ["a"] = a, ["b"] = b });
    }
}
