using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Fixtures;

/// <summary>
/// A tiny audit target with planted ground truth. Inputs have 16 components: a (concept "a"), b (concept "b"), and
/// 14 noise components. The layer "layer" is a fixed 16→16 linear map whose units are:
/// unit 0 = a (monosemantic), unit 1 = a + b (polysemantic), unit 2 = b, units 3..15 = noise.
/// The discovery split never shows b (a narrow sample), so unit 1 looks like "a" there.
/// </summary>
public class PlantedTarget : AuditTarget
{
    public const int Width = 16;
    private readonly nn.Module<Tensor, Tensor> _model;

    public PlantedTarget()
        : this(new Options())
    {
    }

    public PlantedTarget(Options options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var layer = nn.Linear(Width, Width, hasBias: false);
        using (no_grad())
        {
            float[] weights = new float[Width * Width];
            for (int u = 0; u < Width; u++)
            {
                weights[(u * Width) + u] = 1;
            }

            weights[(1 * Width) + 1] = 1; // unit 1 reads b ...
            weights[(1 * Width) + 0] = 1; // ... and a
            weights[(2 * Width) + 2] = 0;
            weights[(2 * Width) + 1] = 1; // unit 2 reads b
            weights[(0 * Width) + 0] = options.UnitZeroWeight;
            layer.weight!.copy_(tensor(weights).reshape(Width, Width));
        }

        long[] shape = [.. options.ExampleShape ?? [Width]];
        if (shape.Aggregate(1L, (a, b) => a * b) != Width)
        {
            throw new ArgumentException($"an example holds {Width} values, not [{string.Join(", ", shape)}]", nameof(options));
        }

        // Inputs of more than one dimension (a [T, D] sequence, say) are flattened into the same 16 values.
        _model = shape.Length == 1 ? nn.Sequential(("layer", layer)) : nn.Sequential(("flatten", nn.Flatten()), ("layer", layer));
        var discovery = Generate("discovery", SplitRole.Discovery, options.DiscoveryCount, options.Seed, options.PositiveRate, bRate: 0, options.NoiseScale, shape);
        var heldOut = Generate("held-out", SplitRole.HeldOut, options.HeldOutCount, options.Seed + 1, options.PositiveRate, bRate: 0.3, options.NoiseScale, shape);
        Splits = options.ShareExamples ? [discovery, Share(discovery, heldOut)] : [discovery, heldOut];
        Concepts = new ConceptLibrary([
            new Concept("a", "component a is on"),
            new Concept("b", "component b is on"),
            new Concept("never", "a concept no example shows"),
        ]);
        Directions =
        [
            new NamedDirection("a-axis", "layer", Enumerable.Range(0, Width).Select(i => i == 0 ? 1f : 0f).ToArray(), "unit 0's axis"),
            new NamedDirection("zero", "layer", new float[Width], "a broken direction"),
        ];
    }

    public override string Name => "planted";

    public override nn.Module<Tensor, Tensor> Model => _model;

    public override IReadOnlyList<DataSplit> Splits { get; }

    public override ConceptLibrary Concepts { get; }

    public override IReadOnlyList<NamedDirection> Directions { get; }

    public override Device Device => CPU;

    public override int BatchSize => 128;

    private static DataSplit Generate(string name, SplitRole role, int count, ulong seed, double aRate, double bRate, double noise, long[] shape)
    {
        var random = new SeededRandom(seed);
        var values = new float[count * Width];
        var a = new bool[count];
        var b = new bool[count];
        var never = new bool[count];
        for (int i = 0; i < count; i++)
        {
            a[i] = random.NextBool(aRate);
            b[i] = random.NextBool(bRate);
            values[i * Width] = (a[i] ? 1f : 0f) + (float)(noise * random.NextGaussian());
            values[(i * Width) + 1] = (b[i] ? 1f : 0f) + (float)(noise * random.NextGaussian());
            for (int k = 2; k < Width; k++)
            {
                values[(i * Width) + k] = (float)random.NextGaussian();
            }
        }

        return new DataSplit(name, role, values, shape, new Dictionary<string, bool[]> { ["a"] = a, ["b"] = b, ["never"] = never });
    }

    private static DataSplit Share(DataSplit discovery, DataSplit heldOut)
    {
        // Copies the first discovery example into the held-out split: the overlap the split check must catch.
        float[] values = heldOut.Values.ToArray();
        discovery.Example(0).CopyTo(values);
        return new DataSplit(heldOut.Name, heldOut.Role, values, [.. heldOut.ExampleShape], heldOut.Labels);
    }

    public sealed record Options
    {
        public int DiscoveryCount { get; init; } = 600;
        public int HeldOutCount { get; init; } = 1200;
        public ulong Seed { get; init; } = 7;
        public double PositiveRate { get; init; } = 0.3;
        public double NoiseScale { get; init; } = 0.1;
        public float UnitZeroWeight { get; init; } = 1;
        public bool ShareExamples { get; init; }

        /// <summary>The shape of one example's 16 values; [16] when null.</summary>
        public IReadOnlyList<long>? ExampleShape { get; init; }
    }
}
