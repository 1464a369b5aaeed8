using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Cli.Claims;

/// <summary>
/// A tiny audit target with known truth, fast enough for command-line tests. Inputs have four components: a, b and two
/// of noise. The layer "hidden" is a fixed 4→4 linear map: unit 0 reads a, unit 1 reads a + b (polysemantic), unit 2
/// reads b, unit 3 reads noise. The discovery split never shows b (a narrow sample), the held-out split does.
/// </summary>
public sealed class TwoFeatureWorld : AuditTarget
{
    /// <summary>The layer's module path.</summary>
    public const string Layer = "hidden";

    private const int Width = 4;
    private const ulong Seed = 424242;
    private readonly nn.Module<Tensor, Tensor> _model;

    /// <summary>Builds the model and both splits (deterministic).</summary>
    public TwoFeatureWorld()
    {
        var hidden = nn.Linear(Width, Width, hasBias: false);
        using (no_grad())
        {
            float[] weights =
            [
                1, 0, 0, 0, // unit 0 = a
                1, 1, 0, 0, // unit 1 = a + b
                0, 1, 0, 0, // unit 2 = b
                0, 0, 1, 0, // unit 3 = noise
            ];
            hidden.weight!.copy_(tensor(weights).reshape(Width, Width));
        }

        _model = nn.Sequential((Layer, hidden));
        Splits =
        [
            Generate("discovery", SplitRole.Discovery, count: 300, SeededRandom.Derive(Seed, "discovery"), bRate: 0),
            Generate("held-out", SplitRole.HeldOut, count: 400, SeededRandom.Derive(Seed, "held-out"), bRate: 0.35),
        ];
        Concepts = new ConceptLibrary([new Concept("a", "component a is on"), new Concept("b", "component b is on")]);
        Directions = [new NamedDirection("a-axis", Layer, [1f, 0f, 0f, 0f], "the input axis of a")];
    }

    /// <inheritdoc />
    public override string Name => "two-feature world";

    /// <inheritdoc />
    public override nn.Module<Tensor, Tensor> Model => _model;

    /// <inheritdoc />
    public override IReadOnlyList<DataSplit> Splits { get; }

    /// <inheritdoc />
    public override ConceptLibrary Concepts { get; }

    /// <inheritdoc />
    public override IReadOnlyList<NamedDirection> Directions { get; }

    /// <inheritdoc />
    public override Device Device => CPU;

    private static DataSplit Generate(string name, SplitRole role, int count, ulong seed, double bRate)
    {
        var random = new SeededRandom(seed);
        var values = new float[count * Width];
        var a = new bool[count];
        var b = new bool[count];
        for (int i = 0; i < count; i++)
        {
            a[i] = random.NextBool(0.4);
            b[i] = random.NextBool(bRate);
            // An "on" component is 1 plus a little noise, an "off" one only noise; the last two are noise alone.
            values[(i * Width) + 0] = (float)((a[i] ? 1 : 0) + (0.2 * random.NextGaussian()));
            values[(i * Width) + 1] = (float)((b[i] ? 1 : 0) + (0.2 * random.NextGaussian()));
            values[(i * Width) + 2] = (float)random.NextGaussian();
            values[(i * Width) + 3] = (float)random.NextGaussian();
        }

        return new DataSplit(name, role, values, [Width], new Dictionary<string, bool[]> { ["a"] = a, ["b"] = b });
    }
}
