using ClaimCheck.Capture;
using ClaimCheck.Readouts;
using ClaimCheck.Targets;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Sequences;

/// <summary>
/// Two models that compute the same function, one with its layer laid out [batch, positions, units] (a transformer's
/// habit) and one [batch, units, positions] (a convolution's): input [B, T·D] → "shape" [B, T, D] → "layer", a
/// position-wise linear map to C units → "head", a linear map from the last position's units to K logits. A claim on
/// either, with the layout declared, must give the same numbers.
/// </summary>
internal static class SequenceTwins
{
    public const int Positions = 5;
    public const int Features = 3;
    public const int Units = 4;

    /// <summary>The model whose layer outputs [B, T, C], and its twin whose layer outputs [B, C, T].</summary>
    public static (Sequential UnitsLast, Sequential UnitsFirst) Models()
    {
        float[] layerWeights = [1, 0, 0, 0, 1, 0, 0.5f, 0.5f, 0, -1, 0, 1];  // [C, D]: unit 0 reads feature 0
        float[] headWeights = [2, 1, 0, 0, 0, 0, 1, 3];                      // [K, C]
        Sequential last = nn.Sequential(
            ("shape", new ToSequence()),
            ("layer", Linear(layerWeights, Units, Features)),
            ("head", new LastPositionHead(Linear(headWeights, 2, Units), unitsLast: true)));
        Sequential first = nn.Sequential(
            ("shape", new ToSequence()),
            ("layer", nn.Sequential(("map", Linear(layerWeights, Units, Features)), ("swap", new SwapLastTwo()))),
            ("head", new LastPositionHead(Linear(headWeights, 2, Units), unitsLast: false)));
        return (last, first);
    }

    /// <summary>
    /// Inputs whose concept "a" is feature 0 of the last position above 0, in documents of <paramref name="perDocument"/>
    /// consecutive examples (null: no documents).
    /// </summary>
    public static DataSplit Split(string name, SplitRole role, int count, int seed, int? perDocument = null, string documentPrefix = "doc")
    {
        var random = new Random(seed);
        float[] values = [.. Enumerable.Range(0, count * Positions * Features).Select(_ => (float)((random.NextDouble() * 2) - 1))];
        var split = new DataSplit(name, role, values, [Positions * Features]);
        return perDocument is { } size
            ? new DataSplit(name, role, values, [Positions * Features]) { Documents = [.. Enumerable.Range(0, count).Select(i => $"{documentPrefix}{i / size}")] }
            : split;
    }

    /// <summary>A target around one of the twins, its layer declared <paramref name="layout"/>.</summary>
    public static AuditTarget Target(Sequential model, LayerLayout layout, params DataSplit[] splits) => Builder(model, layout, splits).Create();

    /// <summary>The builder of <see cref="Target"/>, for tests that add to it.</summary>
    public static AuditTargetBuilder Builder(Sequential model, LayerLayout layout, params DataSplit[] splits) =>
        AuditTarget.Build("twin", model)
            .WithSplits(splits)
            .WithConcept("a", "feature 0 of the last position is above 0", x => x[((Positions - 1) * Features) + 0] > 0)
            .WithReadout(Read.ClassLogit("out0", 0))
            .WithDirection("mix", "layer", [0.5f, -0.5f, 0.5f, 0.5f], "by hand")
            .WithLayout("layer", layout)
            .WithDevice(CPU);

    private static Linear Linear(float[] weights, int outputs, int inputs)
    {
        var linear = nn.Linear(inputs, outputs, hasBias: false);
        using var noGrad = no_grad();
        linear.weight!.copy_(tensor(weights).reshape(outputs, inputs));
        return linear;
    }

    private sealed class ToSequence() : nn.Module<Tensor, Tensor>("to-sequence")
    {
        public override Tensor forward(Tensor input) => input.reshape(input.shape[0], Positions, Features);
    }

    private sealed class SwapLastTwo() : nn.Module<Tensor, Tensor>("swap")
    {
        public override Tensor forward(Tensor input) => input.transpose(1, 2).contiguous();
    }

    private sealed class LastPositionHead : nn.Module<Tensor, Tensor>
    {
        private readonly Linear linear;
        private readonly bool _unitsLast;

        public LastPositionHead(Linear linear, bool unitsLast)
            : base("last-position-head")
        {
            this.linear = linear;
            _unitsLast = unitsLast;
            RegisterComponents();
        }

        public override Tensor forward(Tensor input) => linear.call(_unitsLast ? input.select(1, -1) : input.select(2, -1));
    }
}
