using ClaimCheck.Readouts;
using ClaimCheck.Targets;
using ClaimCheck.Tests.Fixtures;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Ablation;

/// <summary>
/// <see cref="PlantedTarget"/>'s data and layer (unit 0 = a, unit 1 = a + b, unit 2 = b, units 3..15 = noise) with a
/// head after it: out0 = unit 0 + 0.2 · (units 3..15), out1 = unit 2. Unit 0 carries concept "a" into readout "a"
/// (out0); every noise unit reaches the same readout, but with nothing to do with "a".
/// </summary>
internal sealed class PlantedAblationTarget : AuditTarget
{
    public const int Width = PlantedTarget.Width;
    private readonly PlantedTarget _data;
    private readonly nn.Module<Tensor, Tensor> _model;

    public PlantedAblationTarget(int batchSize = 128, IReadOnlyList<NamedAutoencoder>? autoencoders = null)
    {
        Autoencoders = autoencoders ?? [];
        _data = new PlantedTarget();
        var layer = nn.Linear(Width, Width, hasBias: false);
        var head = nn.Linear(Width, 2, hasBias: false);
        using (no_grad())
        {
            float[] weights = new float[Width * Width];
            for (int u = 3; u < Width; u++)
            {
                weights[(u * Width) + u] = 1;
            }

            weights[0] = 1;                  // unit 0 reads a
            weights[(1 * Width) + 0] = 1;    // unit 1 reads a ...
            weights[(1 * Width) + 1] = 1;    // ... and b
            weights[(2 * Width) + 1] = 1;    // unit 2 reads b
            layer.weight!.copy_(tensor(weights).reshape(Width, Width));

            float[] readout = new float[2 * Width];
            readout[0] = 1;
            for (int u = 3; u < Width; u++)
            {
                readout[u] = 0.2f;
            }

            readout[Width + 2] = 1;
            head.weight!.copy_(tensor(readout).reshape(2, Width));
        }

        _model = nn.Sequential(("layer", layer), ("head", head));
        BatchSize = batchSize;
    }

    public override string Name => "planted ablation";

    public override nn.Module<Tensor, Tensor> Model => _model;

    public override IReadOnlyList<DataSplit> Splits => _data.Splits;

    public override ConceptLibrary Concepts => _data.Concepts;

    public override IReadOnlyList<NamedDirection> Directions =>
    [
        new("a-axis", "layer", Enumerable.Range(0, Width).Select(i => i == 0 ? 1f : 0f).ToArray(), "unit 0's axis"),
        new("noise-axis", "layer", Enumerable.Range(0, Width).Select(i => i == 5 ? 1f : 0f).ToArray(), "unit 5's axis"),
    ];

    public override IReadOnlyList<Readout> Readouts => [Read.ClassLogit("a", 0), Read.LogProbability("a-logp", 0)];

    public override int BatchSize { get; }

    public override IReadOnlyList<NamedAutoencoder> Autoencoders { get; }

    public override Device Device => CPU;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _data.Dispose();
        }

        base.Dispose(disposing);
    }
}
