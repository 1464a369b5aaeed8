using ClaimCheck.Statistics;

namespace ClaimCheck.Exploration;

/// <summary>Which way a subject moves with a concept, judged on intervals, on every held-out split.</summary>
public enum ResponseDirection
{
    /// <summary>Higher with the concept: every held-out AUROC interval lies above 0.5.</summary>
    Higher,

    /// <summary>Lower with the concept: every held-out AUROC interval lies below 0.5.</summary>
    Lower,

    /// <summary>Neither on every split: an interval contains 0.5, the splits disagree, or none could be scored.</summary>
    Unclear,
}

/// <summary>The subject's selectivity for one concept on one split.</summary>
/// <param name="Split">The split.</param>
/// <param name="Positives">Examples with the concept.</param>
/// <param name="Negatives">Examples without it.</param>
/// <param name="Auroc">AUROC of the subject's activation, concept present vs absent.</param>
/// <param name="Interval">Its DeLong interval at the settings' confidence level.</param>
/// <param name="NullP">Empirical p against the null (other units, random directions), one-sided for "higher".</param>
/// <param name="TooFew">Whether either class has fewer examples than the settings' minimum (then it does not rank).</param>
public sealed record ConceptSplitScore(string Split, int Positives, int Negatives, double Auroc, Interval Interval, double NullP, bool TooFew);

/// <summary>How the subject responds to one concept of the library, across the target's splits.</summary>
public sealed record ConceptResponse
{
    /// <summary>The concept's name.</summary>
    public required string Concept { get; init; }

    /// <summary>The concept in words.</summary>
    public required string Description { get; init; }

    /// <summary>The score on the discovery split, or null when there is none or the concept has no contrast there.</summary>
    public ConceptSplitScore? Discovery { get; init; }

    /// <summary>The scores on the held-out splits where the concept has both classes, in declaration order.</summary>
    public required IReadOnlyList<ConceptSplitScore> HeldOut { get; init; }

    /// <summary>
    /// The ranking key: the smallest AUROC over the held-out splits with enough examples (NaN when there is none), so
    /// a concept ranks high only when the subject tracks it on every held-out split (cross-dataset replication).
    /// </summary>
    public required double WorstHeldOutAuroc { get; init; }

    /// <summary>
    /// The largest null p over those splits: "higher with the concept than the null on every split" is an
    /// intersection-union test, valid at α with no adjustment across splits. NaN when no split could be scored.
    /// </summary>
    public required double WorstHeldOutP { get; init; }

    /// <summary><see cref="WorstHeldOutP"/> adjusted by Holm across the ranked concepts (the family an auditor reads).</summary>
    public required double AdjustedP { get; init; }

    /// <summary>Which way the subject moves with the concept.</summary>
    public required ResponseDirection Direction { get; init; }
}
