using ClaimCheck.Evidence.Ablation;

namespace ClaimCheck.Evidence.Steering;

/// <summary>
/// Everything a steering measurement found for one subject, concept and readout on one split: the dose-response curve
/// over the strengths, the null at the decision strength, the side effects on the target's other readouts and the
/// curve's monotonicity.
/// </summary>
internal sealed record SteeringEvidence
{
    /// <summary>The measured split.</summary>
    public required string Split { get; init; }

    /// <summary>The split whose RMS activation norm scales the strengths.</summary>
    public required string ReferenceSplit { get; init; }

    /// <summary>The subject's description.</summary>
    public required string Subject { get; init; }

    /// <summary>The concept the direction supposedly steers.</summary>
    public required string Concept { get; init; }

    /// <summary>The concept's readout.</summary>
    public required string Readout { get; init; }

    /// <summary>The layer's RMS activation norm per position on the reference split: strength 1 adds a vector this long.</summary>
    public required double Scale { get; init; }

    /// <summary>How many examples of the split carry no concept: the inputs the direction is added to.</summary>
    public required int Examples { get; init; }

    /// <summary>The dose-response curve, in ascending strength.</summary>
    public required IReadOnlyList<DosePoint> DoseResponse { get; init; }

    /// <summary>The steps between consecutive strengths, in ascending strength.</summary>
    public required IReadOnlyList<DoseStep> Steps { get; init; }

    /// <summary>The strength the claim is decided at.</summary>
    public required double DecisionStrength { get; init; }

    /// <summary>The per-example change of the concept's readout at the decision strength, in the order of the split's examples without the concept.</summary>
    public required IReadOnlyList<double> DecisionEffects { get; init; }

    /// <summary>The null comparison at the decision strength.</summary>
    public required SteeringNull Null { get; init; }

    /// <summary>Every other readout's change at the decision strength, in the target's (or the settings') order.</summary>
    public required IReadOnlyList<SideEffect> SideEffects { get; init; }

    /// <summary>Spearman's rank correlation of strength and mean effect over the curve; 1 for a rising curve, 0 when the curve is flat.</summary>
    public required double Monotonicity { get; init; }

    /// <summary>How the steered passes ran (suffix re-run or full forward passes). Speed only: keep it out of snapshots.</summary>
    public required AblationPath Path { get; init; }

    /// <summary>The seed every random draw of this measurement derives from.</summary>
    public required ulong Seed { get; init; }

    /// <summary>The point of the curve at the decision strength: the claim's headline figure.</summary>
    public DosePoint Decision => DoseResponse.First(p => p.Strength == DecisionStrength);

    /// <summary>The confirmatory p-value, the one a family of claims adjusts: the null comparison's at the decision strength.</summary>
    public double ConfirmatoryP => Null.P;

    /// <summary>
    /// The key figures, in a fixed order, for reports and snapshots: the decision effect with its interval, the null's
    /// p and 95th percentile, the smallest side-effect margin (intended − |side|; negative when a side effect is the
    /// larger), the monotonicity and the scale. All finite.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, double>> KeyFigures =>
    [
        new("decision-strength", DecisionStrength),
        new("effect", Decision.Mean),
        new("effect-lower", Decision.Interval.Lower),
        new("effect-upper", Decision.Interval.Upper),
        new("null-p", Null.P),
        new("null-quantile-95", Null.Quantile95),
        new("smallest-side-effect-margin", SideEffects.Count == 0 ? Decision.Mean : SideEffects.Min(s => s.Margin)),
        new("monotonicity", Monotonicity),
        new("scale", Scale),
    ];
}
