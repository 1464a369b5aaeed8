namespace ClaimCheck.Exploration;

/// <summary>
/// What a subject responds to, for forming a claim before testing it: the library's concepts ranked by held-out
/// AUROC with intervals and a null comparison, and the subject's top-activating examples.
/// </summary>
public sealed record SubjectExplanation
{
    /// <summary>The subject, in words (e.g. "unit 3 of bottleneck").</summary>
    public required string Subject { get; init; }

    /// <summary>How the subject's spatial maps were reduced.</summary>
    public required Claims.Reduction Reduction { get; init; }

    /// <summary>The audit target's name.</summary>
    public required string Target { get; init; }

    /// <summary>The number of units in the subject's layer.</summary>
    public required int LayerUnits { get; init; }

    /// <summary>The settings used.</summary>
    public required ExplainSettings Settings { get; init; }

    /// <summary>Null scores per split and concept: the layer's other units (unit subjects) plus the random directions.</summary>
    public required int NullSize { get; init; }

    /// <summary>The names of the held-out splits, in declaration order.</summary>
    public required IReadOnlyList<string> HeldOutSplits { get; init; }

    /// <summary>The discovery split's name, or null when the target has none.</summary>
    public string? DiscoverySplit { get; init; }

    /// <summary>Every concept of the library, ranked: highest worst-held-out AUROC first, unscorable concepts last.</summary>
    public required IReadOnlyList<ConceptResponse> Concepts { get; init; }

    /// <summary>The split the top examples come from.</summary>
    public required string ExamplesSplit { get; init; }

    /// <summary>The top-activating examples, highest first (ties: lower index first).</summary>
    public required IReadOnlyList<TopExample> TopExamples { get; init; }

    /// <summary>Each concept's share of the top quantile, highest share first.</summary>
    public required IReadOnlyList<TopConceptShare> TopSet { get; init; }
}
