namespace ClaimCheck.Evidence.Steering;

/// <summary>The steering's plot data: the change at the decision strength against the null, and the dose response.</summary>
/// <param name="Readout">The readout steered.</param>
/// <param name="DecisionStrength">The strength the verdict is decided at.</param>
/// <param name="Observed">The mean change at that strength.</param>
/// <param name="NullP">The null's p-value of that change.</param>
/// <param name="NullQuantile95">The null's 95th percentile.</param>
/// <param name="NullOf">What the null steers along, in words.</param>
/// <param name="Null">The null draws' changes.</param>
/// <param name="Strengths">The strengths of the dose response.</param>
/// <param name="Changes">The mean change at each strength.</param>
/// <param name="Effects">The per-example changes at the decision strength.</param>
public sealed record SteeringPlot(
    string Readout, double? DecisionStrength, double? Observed, double? NullP, double? NullQuantile95, string NullOf,
    IReadOnlyList<double?> Null, IReadOnlyList<double?> Strengths, IReadOnlyList<double?> Changes, IReadOnlyList<double?> Effects)
    : INullComparisonPlot
{
    /// <inheritdoc/>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Figure => DecisionStrength is { } strength
        ? $"mean change of '{Readout}' when steered at strength {strength.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}"
        : $"mean change of '{Readout}' when steered";

    /// <summary>The plot data key of steering evidence.</summary>
    public const string Key = "steering";

    /// <summary>The steering entry of <paramref name="plots"/>, or null when there is none.</summary>
    public static SteeringPlot? In(EvidencePlots plots) =>
        (plots ?? throw new ArgumentNullException(nameof(plots))).Get(Key, SteeringPlotJson.Default.SteeringPlot);

    /// <summary>A copy of <paramref name="plots"/> with this as its steering entry.</summary>
    public EvidencePlots Into(EvidencePlots plots) =>
        (plots ?? throw new ArgumentNullException(nameof(plots))).With(Key, this, SteeringPlotJson.Default.SteeringPlot);
}
