namespace ClaimCheck.Evidence.Steering;

/// <summary>
/// The null a steering effect is compared with: random unit directions of the same layer, each added at the decision
/// strength to the same examples, summarised by the same mean change of the concept's readout.
/// </summary>
internal sealed record SteeringNull
{
    /// <summary>The mean change of the concept's readout under each null direction, in draw order.</summary>
    public required IReadOnlyList<double> Effects { get; init; }

    /// <summary>
    /// The Monte Carlo p of the subject's mean change, (1 + #null ≥ observed) / (1 + R). One-sided: a direction that
    /// steers the concept raises its readout, so only larger changes count as "as extreme".
    /// </summary>
    public required double P { get; init; }

    /// <summary>The mean of the null effects.</summary>
    public required double Mean { get; init; }

    /// <summary>The 95th percentile of the null effects, for reading the p-value at a glance.</summary>
    public required double Quantile95 { get; init; }

    /// <summary>What was drawn, in words.</summary>
    public required string Description { get; init; }

    /// <summary>The p adjusted for the claim's family (min(1, p × factor)); the raw p for a claim judged alone.</summary>
    public double AdjustedP { get; init; } = double.NaN;
}
