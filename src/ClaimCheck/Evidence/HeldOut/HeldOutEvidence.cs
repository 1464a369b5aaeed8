namespace ClaimCheck.Evidence.HeldOut;

/// <summary>Everything the held-out check measured for one claim.</summary>
public sealed record HeldOutEvidence
{
    /// <summary>The score on the discovery split, or null when the target has none.</summary>
    public required SplitScore? Discovery { get; init; }

    /// <summary>The scores on every held-out split, in declaration order.</summary>
    public required IReadOnlyList<SplitScore> HeldOut { get; init; }

    /// <summary>Discovery minus held-out, per held-out split (empty without a discovery split).</summary>
    public required IReadOnlyList<GapScore> Gaps { get; init; }

    /// <summary>Responses to the library's other concepts on each held-out split, strongest first per split.</summary>
    public required IReadOnlyList<OtherConceptScore> OtherConcepts { get; init; }

    /// <summary>The seed the null's random draws came from.</summary>
    public required ulong NullSeed { get; init; }
}
