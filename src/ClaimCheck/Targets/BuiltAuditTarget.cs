using System.Collections.Concurrent;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Readouts;
using static TorchSharp.torch;

namespace ClaimCheck.Targets;

/// <summary>The audit target <see cref="AuditTargetBuilder"/> creates: the parts it was given, nothing else.</summary>
internal sealed class BuiltAuditTarget : AuditTarget
{
    private readonly Parts _parts;

    // One edit source per concept, made on first use: edits often index the held-out split, which is then ready.
    private readonly ConcurrentDictionary<string, Lazy<ConceptEditSource>> _editSources = new(StringComparer.Ordinal);

    public BuiltAuditTarget(Parts parts)
    {
        _parts = parts;
    }

    public override string Name => _parts.Name;

    public override nn.Module<Tensor, Tensor> Model => _parts.Model;

    public override IReadOnlyList<DataSplit> Splits => _parts.Splits;

    public override ConceptLibrary Concepts => _parts.Concepts;

    public override IReadOnlyList<Readout> Readouts => _parts.Readouts;

    public override IReadOnlyList<NamedDirection> Directions => _parts.Directions;

    public override IReadOnlyList<NamedAutoencoder> Autoencoders => _parts.Autoencoders;

    public override int BatchSize => _parts.BatchSize ?? base.BatchSize;

    public override Device Device => _parts.Device ?? base.Device;

    public override ConceptEditSource? EditsFor(string concept) =>
        _parts.Edits.TryGetValue(concept, out Func<AuditTarget, ConceptEditSource>? make)
            ? _editSources.GetOrAdd(concept, _ => new Lazy<ConceptEditSource>(() => make(this), LazyThreadSafetyMode.ExecutionAndPublication)).Value
            : null;

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
        int? BatchSize,
        Device? Device);
}
