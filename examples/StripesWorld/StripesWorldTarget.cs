using ClaimCheck.Evidence.Edits;
using ClaimCheck.Readouts;
using ClaimCheck.Targets;
using StripesWorld.Data;
using StripesWorld.Edits;
using StripesWorld.Model;
using StripesWorld.Probes;
using StripesWorld.Scenes;
using TorchSharp;
using static TorchSharp.torch;

namespace StripesWorld;

/// <summary>
/// The stripes world as a ClaimCheck audit target: the trained <see cref="StripesNet"/> (committed weights), one
/// concept per feature kind with exact labels, a narrow discovery split, a held-out split from the full sparse
/// distribution and a shifted held-out split, and two candidate "stripes" directions in the bottleneck. See
/// <see cref="GroundTruth"/> for what is known to be true of this network.
/// </summary>
/// <example>
/// <code>
/// using var world = new StripesWorldTarget();
/// DataSplit heldOut = world.Split(StripesWorldTarget.HeldOutSplit);
/// bool[] stripes = world.Concepts["stripes"].Label(heldOut);
/// </code>
/// </example>
public sealed class StripesWorldTarget : AuditTarget
{
    /// <summary>Name of the discovery split.</summary>
    public const string DiscoverySplit = "discovery";

    /// <summary>Name of the held-out split.</summary>
    public const string HeldOutSplit = "held-out";

    /// <summary>Name of the shifted held-out split.</summary>
    public const string HeldOutShiftedSplit = "held-out-shifted";

    /// <summary>Name of the head's stripes row as a bottleneck direction.</summary>
    public const string StripesReadout = "stripes-readout";

    /// <summary>Name of the logistic probe for stripes fitted on the discovery split's bottleneck activations.</summary>
    public const string StripesProbe = "stripes-probe";

    private readonly StripesNet _model;
    private readonly nn.Module<Tensor, Tensor> _chain;
    private readonly DataSplit[] _splits;
    private readonly Dictionary<string, IReadOnlyList<Scene>> _scenes;
    private readonly NamedDirection[] _directions;
    private readonly Lazy<NamedAutoencoder[]> _autoencoders = new(LoadAutoencoders);

    /// <summary>Builds the world with the committed weights (what ClaimCheck calls).</summary>
    public StripesWorldTarget()
        : this(StripesWeights.LoadCommitted())
    {
    }

    /// <summary>Builds the world around <paramref name="model"/>, which the target then owns and disposes.</summary>
    public StripesWorldTarget(StripesNet model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _model.eval();
        _chain = model.AsChain();

        SceneSet discovery = WorldData.Discovery();
        SceneSet heldOut = WorldData.HeldOut();
        SceneSet shifted = WorldData.HeldOutShifted();
        _splits =
        [
            discovery.ToSplit(DiscoverySplit, SplitRole.Discovery),
            heldOut.ToSplit(HeldOutSplit, SplitRole.HeldOut),
            shifted.ToSplit(HeldOutShiftedSplit, SplitRole.HeldOut),
        ];
        _scenes = new Dictionary<string, IReadOnlyList<Scene>>(StringComparer.Ordinal)
        {
            [DiscoverySplit] = discovery.Scenes,
            [HeldOutSplit] = heldOut.Scenes,
            [HeldOutShiftedSplit] = shifted.Scenes,
        };
        Concepts = new ConceptLibrary(FeatureKinds.All.Select(k => new Concept(k.ConceptName(), k.Description())));

        StripesProbeFit = LogisticProbe.Fit(
            StripesNetRunner.Bottleneck(_model, discovery.Pixels),
            StripesNet.BottleneckUnits,
            discovery.Labels(FeatureKind.Stripes));
        _directions =
        [
            new NamedDirection(StripesReadout, StripesNet.BottleneckPath, HeadRow(FeatureKind.Stripes),
                "the head's weight row for stripes: the direction the model itself reads stripes from"),
            new NamedDirection(StripesProbe, StripesNet.BottleneckPath, StripesProbeFit.Weights.Select(w => (float)w).ToArray(),
                "logistic regression for stripes on the discovery split's post-ReLU bottleneck activations "
                + "(standardised features, ridge 1, Newton's method from zero; weights mapped back to raw activations)"),
        ];
    }

    /// <inheritdoc />
    public override string Name => "stripes world";

    /// <inheritdoc />
    /// <remarks>The network as a chain of its layers (same weights and paths), so ablations re-run only what follows.</remarks>
    public override nn.Module<Tensor, Tensor> Model => _chain;

    /// <summary>The network, typed.</summary>
    public StripesNet Network => _model;

    /// <inheritdoc />
    public override IReadOnlyList<DataSplit> Splits => _splits;

    /// <inheritdoc />
    public override ConceptLibrary Concepts { get; }

    /// <inheritdoc />
    public override IReadOnlyList<NamedDirection> Directions => _directions;

    /// <summary>
    /// The committed sparse autoencoder on the bottleneck (<see cref="Dictionaries.StripesSae"/>), or none when
    /// this build carries no autoencoder weights. Loaded on first use.
    /// </summary>
    public override IReadOnlyList<NamedAutoencoder> Autoencoders => _autoencoders.Value;

    /// <summary>Scene edits (add, remove, nuisance) for every feature concept, over the held-out split's scenes.</summary>
    public override ConceptEditSource? EditsFor(string concept)
    {
        FeatureKind? kind = FeatureKinds.FromConceptName(concept);
        return kind is null ? null : ConceptEditSource.Create(SceneEdits.For(this, kind.Value), new SceneEncoder());
    }

    /// <summary>The split's scenes with the concept's instances removed, re-rendered (same order, same noise).</summary>
    public override DataSplit? Counterparts(DataSplit split, string concept)
    {
        ArgumentNullException.ThrowIfNull(split);
        FeatureKind? kind = FeatureKinds.FromConceptName(concept);
        if (kind is null || !_scenes.TryGetValue(split.Name, out IReadOnlyList<Scene>? scenes))
        {
            return null;
        }

        var without = new SceneSet([.. scenes.Select(s => s.Remove(kind.Value))]);
        return without.ToSplit($"{split.Name} without {concept}", split.Role);
    }

    /// <summary>One readout per feature: the head's logit for it (named like the concept, e.g. "stripes").</summary>
    public override IReadOnlyList<Readout> Readouts { get; } =
        [.. FeatureKinds.All.Select(kind => Read.ClassLogit(kind.ConceptName(), (int)kind))];

    /// <summary>The fitted stripes probe (its intercept and iterations, beyond the direction).</summary>
    public LogisticProbe StripesProbeFit { get; }

    /// <summary>The scenes behind split <paramref name="splitName"/>, in split order: the base inputs for scene edits.</summary>
    public IReadOnlyList<Scene> ScenesOf(string splitName) =>
        _scenes.TryGetValue(splitName, out IReadOnlyList<Scene>? scenes)
            ? scenes
            : throw new ArgumentException($"the stripes world has no split '{splitName}'", nameof(splitName));

    private static NamedAutoencoder[] LoadAutoencoders() =>
        Dictionaries.StripesSae.HasCommittedWeights
            ?
            [
                new NamedAutoencoder(Dictionaries.StripesSae.Name, Dictionaries.StripesSae.LoadCommitted(),
                    $"ReLU + L1 sparse autoencoder on the bottleneck ({Dictionaries.StripesSae.Settings}), trained on the network's "
                    + $"{Dictionaries.StripesSae.TrainingExamples} training scenes with the network held fixed"),
            ]
            : [];

    private float[] HeadRow(FeatureKind kind)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        return _model.HeadWeight[(int)kind].detach().cpu().data<float>().ToArray();
    }
}
