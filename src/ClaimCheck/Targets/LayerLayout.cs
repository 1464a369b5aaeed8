using static TorchSharp.torch;

namespace ClaimCheck.Targets;

/// <summary>
/// Which axis of a layer's output holds its units. ClaimCheck reads every layer as [batch, units, positions...] (a
/// convolution's channels, a dense layer's features); a layer laid out another way says so once on its target
/// (<see cref="AuditTarget.LayoutOf"/>), and every capture, ablation and steering pass moves its unit axis into
/// place and back, so claims, nulls and reductions read sequences exactly as they read images.
/// </summary>
public sealed class LayerLayout
{
    private LayerLayout(string name, bool unitsLast)
    {
        Name = name;
        IsUnitsLast = unitsLast;
    }

    /// <summary>[batch, units, positions...]: dense layers, convolutions (the default).</summary>
    public static LayerLayout UnitsFirst { get; } = new("units first", unitsLast: false);

    /// <summary>
    /// [batch, positions..., units]: a transformer's residual stream or MLP activations, [batch, sequence, features],
    /// and recurrent layers run batch-first.
    /// </summary>
    public static LayerLayout UnitsLast { get; } = new("units last", unitsLast: true);

    /// <summary>The layout in words, for messages and snapshots.</summary>
    public string Name { get; }

    /// <summary>Whether the unit axis is the last one.</summary>
    public bool IsUnitsLast { get; }

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>The output as [batch, units, positions...]; a view where nothing moves (2-D outputs, units first).</summary>
    internal Tensor ToUnitsFirst(Tensor output) => !IsUnitsLast || output.dim() <= 2 ? output : output.movedim([-1L], [1L]);

    /// <summary>The inverse of <see cref="ToUnitsFirst"/>: a [batch, units, positions...] tensor in the layer's own layout.</summary>
    internal Tensor FromUnitsFirst(Tensor unitsFirst) => !IsUnitsLast || unitsFirst.dim() <= 2 ? unitsFirst : unitsFirst.movedim([1L], [-1L]);
}
