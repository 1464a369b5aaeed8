using ClaimCheck.Diagnostics;
using ClaimCheck.Dictionaries;
using ClaimCheck.Readouts;
using FsCheck;
using static TorchSharp.torch;

namespace ClaimCheck.Targets;

/// <summary>
/// Builds an <see cref="AuditTarget"/> from parts, with no subclass: a model, splits, concepts, readouts, directions,
/// autoencoders and edits. Start with <see cref="AuditTarget.Build"/>; every <c>With...</c> step returns a new builder,
/// so a half-built one can be shared and extended; <see cref="Create"/> checks the parts and returns the target.
/// </summary>
/// <example>
/// <code>
/// AuditTarget target = AuditTarget.Build("my model", model)
///     .WithSplits(pool.SplitByRatio(seed: 1, SplitShare.Discovery(0.3), SplitShare.HeldOut(0.7)))
///     .WithConcept("a", "feature 0 is on")
///     .WithReadout(Read.ClassLogit("class-1", 1))
///     .Create();
/// </code>
/// </example>
public sealed class AuditTargetBuilder
{
    private readonly string _name;
    private readonly nn.Module<Tensor, Tensor> _model;
    private DataSplit[] _splits = [];
    private Concept[] _concepts = [];
    private Readout[] _readouts = [];
    private NamedDirection[] _directions = [];
    private NamedAutoencoder[] _autoencoders = [];
    private KeyValuePair<string, Func<AuditTarget, ConceptEditSource>>[] _edits = [];
    private Func<DataSplit, string, DataSplit?>? _counterparts;
    private KeyValuePair<string, LayerLayout>[] _layouts = [];
    private Func<DataSplit, int, IReadOnlyList<string>?>? _tokens;
    private int? _batchSize;
    private Device? _device;

    internal AuditTargetBuilder(string name, nn.Module<Tensor, Tensor> model)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(model);
        _name = name;
        _model = model;
    }

    private AuditTargetBuilder(AuditTargetBuilder other)
    {
        _name = other._name;
        _model = other._model;
        _splits = other._splits;
        _concepts = other._concepts;
        _readouts = other._readouts;
        _directions = other._directions;
        _autoencoders = other._autoencoders;
        _edits = other._edits;
        _counterparts = other._counterparts;
        _layouts = other._layouts;
        _tokens = other._tokens;
        _batchSize = other._batchSize;
        _device = other._device;
    }

    /// <summary>Adds data splits (one discovery split at most, one or more held-out splits), e.g. from <see cref="ExamplePool"/>.</summary>
    public AuditTargetBuilder WithSplits(params IEnumerable<DataSplit> splits)
    {
        ArgumentNullException.ThrowIfNull(splits);
        DataSplit[] added = [.. splits];
        if (added.Any(s => s is null))
        {
            throw new ArgumentException("a split is null", nameof(splits));
        }

        return new AuditTargetBuilder(this) { _splits = [.. _splits, .. added] };
    }

    /// <summary>Adds a concept labelled by the label column of the same name that the splits ship.</summary>
    public AuditTargetBuilder WithConcept(string name, string description) => WithConcept(new Concept(name, description));

    /// <summary>Adds a concept labelled example by example from the example's values (no label column needed).</summary>
    public AuditTargetBuilder WithConcept(string name, string description, ExampleLabeller isPresent) =>
        WithConcept(Concept.FromExamples(name, description, isPresent));

    /// <summary>Adds a concept (with any labeller, see <see cref="Concept(string, string, Func{DataSplit, bool[]})"/>).</summary>
    public AuditTargetBuilder WithConcept(Concept concept)
    {
        ArgumentNullException.ThrowIfNull(concept);
        return new AuditTargetBuilder(this) { _concepts = [.. _concepts, concept] };
    }

    /// <summary>Adds readouts for ablation claims (see <see cref="Read"/>).</summary>
    public AuditTargetBuilder WithReadout(params IEnumerable<Readout> readouts)
    {
        ArgumentNullException.ThrowIfNull(readouts);
        return new AuditTargetBuilder(this) { _readouts = [.. _readouts, .. readouts] };
    }

    /// <summary>Adds a direction claims can name (a probe, a concept vector, an SAE decoder row).</summary>
    public AuditTargetBuilder WithDirection(string name, string layer, IReadOnlyList<float> vector, string provenance) =>
        WithDirection(new NamedDirection(name, layer, vector, provenance));

    /// <summary>Adds a direction claims can name.</summary>
    public AuditTargetBuilder WithDirection(NamedDirection direction)
    {
        ArgumentNullException.ThrowIfNull(direction);
        return new AuditTargetBuilder(this) { _directions = [.. _directions, direction] };
    }

    /// <summary>Adds a sparse autoencoder whose latents claims can be about.</summary>
    public AuditTargetBuilder WithAutoencoder(string name, SparseAutoencoder autoencoder, string provenance) =>
        WithAutoencoder(new NamedAutoencoder(name, autoencoder, provenance));

    /// <summary>Adds a sparse autoencoder whose latents claims can be about.</summary>
    public AuditTargetBuilder WithAutoencoder(NamedAutoencoder autoencoder)
    {
        ArgumentNullException.ThrowIfNull(autoencoder);
        return new AuditTargetBuilder(this) { _autoencoders = [.. _autoencoders, autoencoder] };
    }

    /// <summary>Gives <paramref name="edits"/>' concept its targeted edits, over inputs <paramref name="encoder"/> turns into model input.</summary>
    public AuditTargetBuilder WithEdits<TInput>(IConceptEdits<TInput> edits, IInputEncoder<TInput> encoder)
    {
        ArgumentNullException.ThrowIfNull(edits);
        ArgumentNullException.ThrowIfNull(encoder);
        return WithEdits(edits.Concept, _ => ConceptEditSource.Create(edits, encoder));
    }

    /// <summary>
    /// Gives <paramref name="concept"/> its targeted edits, made from the built target the first time a claim needs them
    /// (so they can start from its held-out split), then kept.
    /// </summary>
    public AuditTargetBuilder WithEdits(string concept, Func<AuditTarget, ConceptEditSource> edits)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(concept);
        ArgumentNullException.ThrowIfNull(edits);
        if (_edits.Any(e => e.Key == concept))
        {
            throw new ArgumentException($"concept '{concept}' already has its edits", nameof(concept));
        }

        return new AuditTargetBuilder(this) { _edits = [.. _edits, KeyValuePair.Create(concept, edits)] };
    }

    /// <summary>Gives patching ablations each split with a concept edited out (<see cref="AuditTarget.Counterparts"/>).</summary>
    public AuditTargetBuilder WithCounterparts(Func<DataSplit, string, DataSplit?> counterparts)
    {
        ArgumentNullException.ThrowIfNull(counterparts);
        return new AuditTargetBuilder(this) { _counterparts = counterparts };
    }

    /// <summary>
    /// Declares which axis of <paramref name="layer"/>'s output holds its units (<see cref="AuditTarget.LayoutOf"/>):
    /// <c>.WithLayout("blocks.1.mlp.act", LayerLayout.UnitsLast)</c> for a transformer's [batch, sequence, features].
    /// Layers not declared are <see cref="LayerLayout.UnitsFirst"/>; a later declaration of a layer replaces an earlier one.
    /// </summary>
    public AuditTargetBuilder WithLayout(string layer, LayerLayout layout)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(layer);
        ArgumentNullException.ThrowIfNull(layout);
        return new AuditTargetBuilder(this) { _layouts = [.. _layouts.Where(l => l.Key != layer), new(layer, layout)] };
    }

    /// <summary>
    /// Gives each example's tokens as text, one per position of the sequence layers (<see cref="AuditTarget.TokensOf"/>),
    /// so reports show examples as text coloured by activation.
    /// </summary>
    public AuditTargetBuilder WithTokens(Func<DataSplit, int, IReadOnlyList<string>?> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return new AuditTargetBuilder(this) { _tokens = tokens };
    }

    /// <summary>Sets the examples per forward pass during capture (256 by default).</summary>
    public AuditTargetBuilder WithBatchSize(int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        return new AuditTargetBuilder(this) { _batchSize = batchSize };
    }

    /// <summary>Pins the device the model runs on (by default <see cref="DeviceChoice.Current"/>).</summary>
    public AuditTargetBuilder WithDevice(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        return new AuditTargetBuilder(this) { _device = device };
    }

    /// <summary>
    /// The audit target. It owns the model and disposes it. Edits for a concept the target does not know are CLM5008;
    /// the splits are checked (a held-out split, no overlap) when the first claim prepares the target, as for any target.
    /// Attribute claims name a target type instead: derive one from <see cref="BuiltAuditTarget"/>.
    /// </summary>
    public AuditTarget Create() => new BuiltAuditTarget(this);

    /// <summary>The parts, checked: CLM5008 for edits of a concept the target does not know.</summary>
    internal BuiltAuditTarget.Parts Parts()
    {
        var concepts = new ConceptLibrary(_concepts);
        string? stray = _edits.Select(e => e.Key).FirstOrDefault(c => !concepts.Any(k => k.Name == c));
        if (stray is not null)
        {
            throw new ClaimCheckException(DiagnosticIds.UnknownConcept,
                $"the audit target '{_name}' has edits for concept '{stray}', which it does not know; known concepts: "
                + (concepts.Count == 0 ? "none (add them with WithConcept)" : string.Join(", ", concepts.Select(c => c.Name))));
        }

        return new BuiltAuditTarget.Parts(
            _name, _model, _splits, concepts, _readouts, _directions, _autoencoders,
            _edits.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal), _counterparts,
            _layouts.ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal), _tokens, _batchSize, _device);
    }
}
