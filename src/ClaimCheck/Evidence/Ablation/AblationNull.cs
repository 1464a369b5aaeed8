namespace ClaimCheck.Evidence.Ablation;

/// <summary>
/// The null an ablation is compared with: the concept-positive mean effect of the layer's other unit sets of the
/// subject's size (unit subjects: all of them when there are no more than the draws, else random sets from the whole
/// layer) or of random directions (direction and latent subjects), each ablated the same way on the same inputs.
/// </summary>
public sealed record AblationNull
{
    /// <summary>The concept-positive mean effect of each null draw, in draw order.</summary>
    public required IReadOnlyList<double> Effects { get; init; }

    /// <summary>
    /// Empirical p of the subject's concept-positive mean effect: (1 + #null ≥ observed) / (1 + R). One-sided: a
    /// subject that drives the readout lowers it when ablated, so only larger effects count as "as extreme".
    /// </summary>
    public required double P { get; init; }

    /// <summary>
    /// The p-value the verdict uses: <see cref="P"/> adjusted for the claim's family (docs/multiple-testing.md); the raw
    /// <see cref="P"/> until a family adjusts it.
    /// </summary>
    public double AdjustedP
    {
        get => _adjustedP ?? P;
        init => _adjustedP = value;
    }

    private readonly double? _adjustedP;

    /// <summary>The mean of the null effects.</summary>
    public required double Mean { get; init; }

    /// <summary>The 95th percentile of the null effects, for reading the p-value at a glance.</summary>
    public required double Quantile95 { get; init; }

    /// <summary>What was drawn, e.g. "random sets of 1 unit" or "random directions".</summary>
    public required string Description { get; init; }

    /// <summary>
    /// Whether the null is exact: every other unit set of the layer, tried once, so <see cref="P"/> = (1 + #other sets at
    /// least as extreme) / (number of sets) carries no Monte Carlo error. False for random draws.
    /// </summary>
    public bool Exact { get; init; }

    /// <summary>
    /// The smallest p this null can give, 1 / (number of sets), for an exact null; 0 for random draws, whose p can be
    /// made as small as the draws allow.
    /// </summary>
    public double SmallestP { get; init; }
}
