using ClaimCheck.Statistics;

namespace ClaimCheck.Evidence.HeldOut;

/// <summary>The subject's selectivity for the concept on one split, with its interval and null comparison.</summary>
public sealed record SplitScore
{
    /// <summary>The split's name.</summary>
    public required string Split { get; init; }

    /// <summary>Whether the split is the discovery split.</summary>
    public required bool IsDiscovery { get; init; }

    /// <summary>Examples with the concept.</summary>
    public required int Positives { get; init; }

    /// <summary>Examples without the concept.</summary>
    public required int Negatives { get; init; }

    /// <summary>AUROC of the subject's activation, concept present vs absent (NaN when a class is empty).</summary>
    public required double Auroc { get; init; }

    /// <summary>The AUROC's interval (DeLong).</summary>
    public required Interval AurocInterval { get; init; }

    /// <summary>The AUROC's DeLong variance (for the generalization gap's interval).</summary>
    public required double AurocVariance { get; init; }

    /// <summary>Empirical p of the AUROC against the null: (1 + #null ≥ observed) / (1 + R).</summary>
    public required double NullP { get; init; }

    /// <summary>
    /// The p-value the verdict uses: <see cref="NullP"/> adjusted for the claim's family on held-out splits (see
    /// docs/multiple-testing.md); on the discovery split, where the claim was formed, and until a family adjusts it,
    /// the raw <see cref="NullP"/>.
    /// </summary>
    public double AdjustedP
    {
        get => _adjustedP ?? NullP;
        init => _adjustedP = value;
    }

    private readonly double? _adjustedP;

    /// <summary>R, the number of null scores.</summary>
    public required int NullSize { get; init; }

    /// <summary>The 95th percentile of the null AUROCs, for reading the p-value at a glance.</summary>
    public required double NullQuantile95 { get; init; }

    /// <summary>
    /// The null's (1 − α) quantile: a subject whose whole AUROC interval lies below it is typical of its null, evidence
    /// against the claim (kept out of snapshots; at the default α it equals <see cref="NullQuantile95"/>).
    /// </summary>
    public double NullCriticalValue { get; init; } = double.NaN;

    /// <summary>Whether the subject takes one value on every example of the split (a dead or saturated unit).</summary>
    public bool IsConstant { get; init; }

    /// <summary>For unit subjects: the subject's rank among the layer's units by AUROC (1 = best), else 0.</summary>
    public required int UnitRank { get; init; }

    /// <summary>For unit subjects: the number of units in the layer, else 0.</summary>
    public required int UnitCount { get; init; }

    /// <summary>Δ = mean activation with the concept − mean without (scales edit thresholds later).</summary>
    public required double MeanDifference { get; init; }

    /// <summary>How many examples the top quantile holds.</summary>
    public required int TopCount { get; init; }

    /// <summary>How many of them carry the concept.</summary>
    public required int TopPositives { get; init; }

    /// <summary>Wilson interval of the top precision.</summary>
    public required Interval TopPrecisionInterval { get; init; }

    /// <summary>The concept's base rate in the split, the precision a random subject would get.</summary>
    public required double BaseRate { get; init; }

    /// <summary>
    /// Documents holding positives, where the split names its documents (its interval then counts documents as the
    /// independent units); 0 otherwise.
    /// </summary>
    public int PositiveDocuments { get; init; }

    /// <summary>Documents holding negatives, where the split names its documents; 0 otherwise.</summary>
    public int NegativeDocuments { get; init; }

    /// <summary>
    /// The document-clustered variance of the AUROC over the variance that takes examples as independent: how much
    /// wider the honest interval is, squared (NaN where the split names no documents).
    /// </summary>
    public double DesignEffect { get; init; } = double.NaN;

    /// <summary>Whether the split's interval counts documents, not examples, as the independent units.</summary>
    public bool IsClustered => PositiveDocuments > 0 || NegativeDocuments > 0;

    /// <summary>The split's verdict on the claim.</summary>
    public required SplitStatus Status { get; init; }

    /// <summary>The null's scores the p-value counts against, in draw order (for plots; kept out of snapshots).</summary>
    public IReadOnlyList<double> NullScores { get; init; } = [];

    /// <summary>The subject's activations binned, concept present (group 0) and absent (group 1), for plots; null when not measured.</summary>
    public Histogram? ActivationsByConcept { get; init; }

    /// <summary>
    /// For targets that give their examples' tokens: the highest-scoring examples and the concept's examples the subject
    /// misses, token by token with the subject's score at each position (for reports; kept out of snapshots).
    /// </summary>
    public IReadOnlyList<TokenExample> TokenExamples { get; init; } = [];

    /// <summary>Top precision: the fraction of the top-activating examples that carry the concept.</summary>
    public double TopPrecision => TopCount == 0 ? double.NaN : (double)TopPositives / TopCount;
}
