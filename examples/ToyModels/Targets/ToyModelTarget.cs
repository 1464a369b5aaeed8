using ClaimCheck.Readouts;
using ClaimCheck.Targets;
using TorchSharp;
using ToyModels.Data;
using ToyModels.Geometry;
using ToyModels.Model;
using static TorchSharp.torch;

namespace ToyModels.Targets;

/// <summary>
/// One trained toy model as a ClaimCheck audit target: the committed weights of a <see cref="ToyRegime"/>, a
/// discovery and a held-out split from the regime's distribution (<see cref="ToySplits"/>), one concept per feature
/// (<see cref="FeatureConcepts"/>), each feature's direction W_i in the hidden plane as a named direction
/// (<c>W0</c> ... <c>W4</c> in layer <c>hidden</c>) and each output unit as a readout (<c>feature0</c> ...).
/// Subclasses pick the regime; ClaimCheck builds each once per run.
/// </summary>
/// <example>
/// <code>
/// using var target = new SparseTarget();
/// Console.WriteLine(target.Geometry.AroundTheOrigin().Count); // 5 features around the origin
/// </code>
/// </example>
public abstract class ToyModelTarget : AuditTarget
{
    private readonly ToyModel _model;
    private readonly nn.Module<Tensor, Tensor> _chain;
    private readonly IReadOnlyList<DataSplit> _splits;
    private readonly NamedDirection[] _directions;

    /// <summary>Builds the target of <paramref name="regime"/> with its committed weights.</summary>
    protected ToyModelTarget(ToyRegime regime)
        : this(regime, ToyWeights.LoadCommitted(regime))
    {
    }

    /// <summary>Builds the target of <paramref name="regime"/> around <paramref name="model"/>, which the target then owns.</summary>
    protected ToyModelTarget(ToyRegime regime, ToyModel model)
    {
        ArgumentNullException.ThrowIfNull(regime);
        ArgumentNullException.ThrowIfNull(model);
        Regime = regime;
        _model = model;
        _model.eval();
        _chain = model.AsChain();
        _splits = ToySplits.Create(regime.Sparsity);
        Concepts = FeatureConcepts.Library();
        Geometry = new ToyGeometry(model.WeightValues(), model.HiddenDims, model.Features);
        _directions = [.. Enumerable.Range(0, model.Features).Select(i => new NamedDirection(
            DirectionName(i), ToyModel.HiddenPath, Column(i),
            FormattableString.Invariant($"column {i} of W: feature {i}'s direction in the hidden plane (‖W_{i}‖ = {Geometry.Norms[i]:0.###})")))];
        Readouts = [.. Enumerable.Range(0, model.Features).Select(i => Read.ClassLogit(FeatureConcepts.Name(i), i))];
    }

    /// <summary>The regime and training run.</summary>
    public ToyRegime Regime { get; }

    /// <summary>The geometry of the model's W.</summary>
    public ToyGeometry Geometry { get; }

    /// <summary>The model, typed.</summary>
    public ToyModel Network => _model;

    /// <inheritdoc />
    public override string Name => $"toy model ({Regime})";

    /// <inheritdoc />
    /// <remarks>The model as a chain of its two layers (same weights and paths), so ablations re-run only what follows.</remarks>
    public override nn.Module<Tensor, Tensor> Model => _chain;

    /// <inheritdoc />
    public override IReadOnlyList<DataSplit> Splits => _splits;

    /// <inheritdoc />
    public override ConceptLibrary Concepts { get; }

    /// <inheritdoc />
    public override IReadOnlyList<NamedDirection> Directions => _directions;

    /// <summary>One readout per feature: output unit i, x'_i (named like the concept, e.g. <c>feature2</c>).</summary>
    public override IReadOnlyList<Readout> Readouts { get; }

    /// <summary>The name of feature <paramref name="feature"/>'s hidden direction, e.g. <c>W2</c>.</summary>
    public static string DirectionName(int feature) => "W" + feature.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private float[] Column(int feature)
    {
        float[] weight = _model.WeightValues();
        return [.. Enumerable.Range(0, _model.HiddenDims).Select(k => weight[(k * _model.Features) + feature])];
    }
}
