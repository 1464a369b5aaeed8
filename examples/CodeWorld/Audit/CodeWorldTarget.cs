using ClaimCheck.Capture;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Readouts;
using ClaimCheck.Targets;
using CodeWorld.Corpus;
using CodeWorld.Edits;
using CodeWorld.Model;
using static TorchSharp.torch;

namespace CodeWorld.Audit;

/// <summary>
/// The code world as a ClaimCheck audit target: the committed <see cref="CodeTransformer"/> reading 64-character windows
/// (<see cref="CodeWindow"/>, through <see cref="NextCharModel"/>), token-level concepts labelled by the lexer at each
/// window's last character (<see cref="CodeConcepts"/>), and three splits of windows whose documents are their files:
/// discovery from the training files, held-out from the held-out standard-library files, and a shifted held-out split
/// from numpy's files. Every layer of the transformer is [batch, sequence, features], so its layouts are
/// <see cref="LayerLayout.UnitsLast"/>; claims read them at the window's last position (<c>Reduction.Last</c>).
/// </summary>
/// <example>
/// <code>
/// using var world = new CodeWorldTarget();
/// DataSplit heldOut = world.Split(CodeWorldTarget.HeldOutSplit);
/// bool[] inString = world.Concepts[CodeConcepts.InString].Label(heldOut);
/// </code>
/// </example>
public sealed class CodeWorldTarget : AuditTarget
{
    /// <summary>Windows from the training files: where claims are formed.</summary>
    public const string DiscoverySplit = "discovery";

    /// <summary>Windows from the held-out files of the same standard library.</summary>
    public const string HeldOutSplit = "held-out";

    /// <summary>Windows from numpy's files: the same language, another code base.</summary>
    public const string ShiftedSplit = "held-out-numpy";

    /// <summary>The readout of the true next character's log-probability (the model's last output column).</summary>
    public const string TrueNextLogProb = "true-next-log-prob";

    /// <summary>The readout of the newline's log-probability as the next character.</summary>
    public const string NewlineLogProb = "newline-log-prob";

    /// <summary>The layer the directions live in: the residual stream after block 1.</summary>
    public static readonly string DirectionLayer = CodeTransformer.BlockPath(1);

    /// <summary>The seed every split's window sampling derives from.</summary>
    public const ulong WindowSeed = 0xC0DE_3011_0000_0002;

    /// <summary>Windows per sampling stratum on each split (<see cref="WindowSampler"/>).</summary>
    public const int WindowsPerStratum = 100;

    private readonly NextCharModel _model;
    private readonly Dictionary<string, WindowSet> _windows;
    private readonly DataSplit[] _splits;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<ConceptEditSource?>> _edits = new(StringComparer.Ordinal);

    /// <summary>Builds the world with the committed weights and corpus (what ClaimCheck calls).</summary>
    public CodeWorldTarget()
        : this(CodeWeights.LoadCommitted(), CodeCorpus.Committed)
    {
    }

    /// <summary>Builds the world around <paramref name="transformer"/> (which the target then owns) and <paramref name="corpus"/>.</summary>
    public CodeWorldTarget(CodeTransformer transformer, CodeCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(transformer);
        ArgumentNullException.ThrowIfNull(corpus);
        _model = new NextCharModel(transformer);
        _model.eval();
        (string Name, SplitRole Role, CodeSplit Files)[] plan =
        [
            (DiscoverySplit, SplitRole.Discovery, CodeSplit.Training),
            (HeldOutSplit, SplitRole.HeldOut, CodeSplit.HeldOut),
            (ShiftedSplit, SplitRole.HeldOut, CodeSplit.Shifted),
        ];
        _windows = plan.ToDictionary(
            s => s.Name,
            s => WindowSet.Sample(corpus.Split(s.Files), WindowsPerStratum, ClaimCheck.Statistics.SeededRandom.Derive(WindowSeed, s.Name)),
            StringComparer.Ordinal);
        _splits = [.. plan.Select(s => _windows[s.Name].ToSplit(s.Name, s.Role))];
        Concepts = new ConceptLibrary(CodeConcepts.All.Select(c => new Concept(c.Name, c.Description)));
        // One mean-difference direction and one logistic probe per concept, all from one capture of the discovery split.
        DataSplit discovery = _splits[0];
        Directions =
        [
            .. CodeConcepts.All.Select(c => new NamedDirection(DirectionOf(c.Name), DirectionLayer, MeanDifferenceDirection.Fit(this, discovery, DirectionLayer, c.Name),
                $"mean activation at the last position over the discovery windows where {c.Name} holds minus the mean over the others, unit length")),
            .. CodeConcepts.All.Select(c => new NamedDirection(ProbeOf(c.Name), DirectionLayer, LogisticDirection.Fit(this, discovery, DirectionLayer, c.Name),
                $"logistic regression for {c.Name} on the discovery windows' activations at the last position (standardised features, ridge 1, "
                + "Newton's method from zero; weights mapped back to raw activations), unit length")),
        ];
    }

    /// <inheritdoc />
    public override string Name => "code world";

    /// <inheritdoc />
    public override nn.Module<Tensor, Tensor> Model => _model;

    /// <inheritdoc />
    public override IReadOnlyList<DataSplit> Splits => _splits;

    /// <inheritdoc />
    public override ConceptLibrary Concepts { get; }

    /// <summary>
    /// Each concept's mean-difference direction (<see cref="DirectionOf"/>) and logistic probe (<see cref="ProbeOf"/>) in the
    /// residual stream after block 1, fitted on the discovery split only.
    /// </summary>
    public override IReadOnlyList<NamedDirection> Directions { get; }

    /// <summary>The log-probability of the true next character, and of a newline, at the window's last position.</summary>
    public override IReadOnlyList<Readout> Readouts { get; } =
    [
        Read.Metric(TrueNextLogProb, "log-probability the model gives the character that truly follows the window",
            output => output.select(1, NextCharModel.TrueNextColumn)),
        Read.Metric(NewlineLogProb, "log-probability the model gives a newline as the next character",
            output => output.select(1, CharVocabulary.Newline)),
    ];

    /// <summary>
    /// <see cref="LayerLayout.UnitsLast"/> for the transformer's layers (embeddings, blocks and their parts, the final
    /// norm and the head: all [batch, sequence, features]); the default otherwise.
    /// </summary>
    public override LayerLayout LayoutOf(string layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        string root = layer.Split('.')[0];
        return root is "tokens" or "blocks" or "norm" or "head" ? LayerLayout.UnitsLast : base.LayoutOf(layer);
    }

    /// <summary>The window's 64 characters, one token per position of the transformer's layers (the next character is not read).</summary>
    public override IReadOnlyList<string>? TokensOf(DataSplit split, int example)
    {
        ArgumentNullException.ThrowIfNull(split);
        return split.ValuesPerExample == CodeWindow.EncodedLength
            ? [.. CodeWindow.Decode(split.Example(example)).Context.Select(c => c.ToString())]
            : null;
    }

    /// <summary>
    /// Text edits of the held-out windows (<see cref="CodeEdits"/>) for in-string, in-comment, in-brackets and
    /// beyond-column-60; none for the other concepts (their claims then get CLM2003). Made once per concept: the first
    /// draw finds each base's candidate edits, which later claims reuse.
    /// </summary>
    public override ConceptEditSource? EditsFor(string concept)
    {
        ArgumentNullException.ThrowIfNull(concept);
        return _edits.GetOrAdd(concept, c => new Lazy<ConceptEditSource?>(() => CodeEdits.SourceFor(c, Split(HeldOutSplit)))).Value;
    }

    /// <summary>
    /// <paramref name="split"/>'s windows with <paramref name="concept"/> edited out by the smallest removal the lexer
    /// confirms (<see cref="CodeCounterparts"/>), for patching ablations; null for concepts without removals.
    /// </summary>
    public override DataSplit? Counterparts(DataSplit split, string concept) => CodeCounterparts.For(split, concept);

    /// <summary>The name of <paramref name="concept"/>'s mean-difference direction, e.g. <c>in-string-mean-difference</c>.</summary>
    public static string DirectionOf(string concept) => concept + "-mean-difference";

    /// <summary>The name of <paramref name="concept"/>'s logistic probe direction, e.g. <c>in-string-probe</c>.</summary>
    public static string ProbeOf(string concept) => concept + "-probe";

    /// <summary>The windows behind split <paramref name="splitName"/>, in split order.</summary>
    public WindowSet WindowsOf(string splitName) =>
        _windows.TryGetValue(splitName, out WindowSet? windows)
            ? windows
            : throw new ArgumentException($"the code world has no split '{splitName}'", nameof(splitName));
}
