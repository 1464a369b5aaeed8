namespace ClaimCheck.Evidence.Ablation;

/// <summary>The ablation's plot data: its effect against the null and the per-example effects by concept.</summary>
/// <param name="Split">The split ablated on.</param>
/// <param name="Readout">The readout the effect is measured on.</param>
/// <param name="Kind">The ablation.</param>
/// <param name="Observed">The mean effect where the concept is present.</param>
/// <param name="NullP">The null's p-value of that effect.</param>
/// <param name="NullQuantile95">The null's 95th percentile.</param>
/// <param name="NullOf">What the null ablates, in words.</param>
/// <param name="Null">The null draws' effects.</param>
/// <param name="Effects">The per-example effects, binned by concept present and absent.</param>
public sealed record AblationPlot(
    string Split, string Readout, AblationKind Kind, double? Observed, double? NullP, double? NullQuantile95, string NullOf,
    IReadOnlyList<double?> Null, ConceptHistogram Effects) : INullComparisonPlot
{
    /// <inheritdoc/>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Figure => $"mean effect of the {Kind.ToString().ToLowerInvariant()} ablation on '{Readout}', concept present";

    /// <summary>The plot data key of ablation evidence.</summary>
    public const string Key = "ablation";

    /// <summary>The ablation entry of <paramref name="plots"/>, or null when there is none.</summary>
    public static AblationPlot? In(EvidencePlots plots) =>
        (plots ?? throw new ArgumentNullException(nameof(plots))).Get(Key, AblationPlotJson.Default.AblationPlot);

    /// <summary>A copy of <paramref name="plots"/> with this as its ablation entry.</summary>
    public EvidencePlots Into(EvidencePlots plots) =>
        (plots ?? throw new ArgumentNullException(nameof(plots))).With(Key, this, AblationPlotJson.Default.AblationPlot);
}
