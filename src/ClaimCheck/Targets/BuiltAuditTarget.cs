using System.Collections.Concurrent;
using ClaimCheck.Readouts;
using static TorchSharp.torch;

namespace ClaimCheck.Targets;

/// <summary>
/// An audit target made of the parts an <see cref="AuditTargetBuilder"/> collected, nothing else. Builders create it
/// (<see cref="AuditTargetBuilder.Create"/>); attribute claims, which name a target type with a parameterless
/// constructor, derive from it in one line:
/// <code>public sealed class MyTarget() : BuiltAuditTarget(MyParts.Builder());</code>
/// </summary>
public class BuiltAuditTarget : AuditTarget
{
    private readonly Parts _parts;

    // One edit source per concept, made on first use: edits often index the held-out split, which is then ready.
    private readonly ConcurrentDictionary<string, Lazy<ConceptEditSource>> _editSources = new(StringComparer.Ordinal);

    /// <summary>Makes the target of <paramref name="builder"/>'s parts; CLM5008 for edits of a concept it does not know.</summary>
    public BuiltAuditTarget(AuditTargetBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        _parts = builder.Parts();
    }

    /// <inheritdoc />
    public override string Name => _parts.Name;

    /// <inheritdoc />
    public override nn.Module<Tensor, Tensor> Model => _parts.Model;

    /// <inheritdoc />
    public override IReadOnlyList<DataSplit> Splits => _parts.Splits;

    /// <inheritdoc />
    public override ConceptLibrary Concepts => _parts.Concepts;

    /// <inheritdoc />
    public override IReadOnlyList<Readout> Readouts => _parts.Readouts;

    /// <inheritdoc />
    public override IReadOnlyList<NamedDirection> Directions => _parts.Directions;

    /// <inheritdoc />
    public override IReadOnlyList<NamedAutoencoder> Autoencoders => _parts.Autoencoders;

    /// <inheritdoc />
    public override LayerLayout LayoutOf(string layer) => _parts.Layouts.GetValueOrDefault(layer) ?? base.LayoutOf(layer);

    /// <inheritdoc />
    public override IReadOnlyList<string>? TokensOf(DataSplit split, int example) => _parts.Tokens?.Invoke(split, example);

    /// <inheritdoc />
    public override int BatchSize => _parts.BatchSize ?? base.BatchSize;

    /// <inheritdoc />
    public override Device Device => _parts.Device ?? base.Device;

    /// <inheritdoc />
    public override ConceptEditSource? EditsFor(string concept) =>
        _parts.Edits.TryGetValue(concept, out Func<AuditTarget, ConceptEditSource>? make)
            ? _editSources.GetOrAdd(concept, _ => new Lazy<ConceptEditSource>(() => make(this), LazyThreadSafetyMode.ExecutionAndPublication)).Value
            : null;

    /// <inheritdoc />
    public override DataSplit? Counterparts(DataSplit split, string concept) => _parts.Counterparts?.Invoke(split, concept);

    /// <summary>What the builder collected.</summary>
    internal sealed record Parts(
        string Name,
        nn.Module<Tensor, Tensor> Model,
        IReadOnlyList<DataSplit> Splits,
        ConceptLibrary Concepts,
        IReadOnlyList<Readout> Readouts,
        IReadOnlyList<NamedDirection> Directions,
        IReadOnlyList<NamedAutoencoder> Autoencoders,
        IReadOnlyDictionary<string, Func<AuditTarget, ConceptEditSource>> Edits,
        Func<DataSplit, string, DataSplit?>? Counterparts,
        IReadOnlyDictionary<string, LayerLayout> Layouts,
        Func<DataSplit, int, IReadOnlyList<string>?>? Tokens,
        int? BatchSize,
        Device? Device);
}
