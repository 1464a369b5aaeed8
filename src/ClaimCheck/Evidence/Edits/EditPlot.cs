namespace ClaimCheck.Evidence.Edits;

/// <summary>The targeted edits' plot data: the thresholds in units of the held-out gap Δ and each kind's changes.</summary>
/// <param name="Gap">The held-out gap Δ.</param>
/// <param name="DeltaInGaps">δ in units of Δ.</param>
/// <param name="EpsilonInGaps">ε in units of Δ.</param>
/// <param name="Kinds">The edit kinds that ran cases.</param>
public sealed record EditPlot(double? Gap, double? DeltaInGaps, double? EpsilonInGaps, IReadOnlyList<EditKindPlot> Kinds)
{
    /// <summary>The plot data key of targeted-edit evidence.</summary>
    public const string Key = "edits";

    /// <summary>The targeted-edit entry of <paramref name="plots"/>, or null when there is none.</summary>
    public static EditPlot? In(EvidencePlots plots) =>
        (plots ?? throw new ArgumentNullException(nameof(plots))).Get(Key, EditPlotJson.Default.EditPlot);

    /// <summary>A copy of <paramref name="plots"/> with this as its targeted-edit entry.</summary>
    public EvidencePlots Into(EvidencePlots plots) =>
        (plots ?? throw new ArgumentNullException(nameof(plots))).With(Key, this, EditPlotJson.Default.EditPlot);
}

/// <summary>One edit kind's per-case changes of the subject.</summary>
/// <param name="Kind">The edit kind.</param>
/// <param name="Outcome">What the kind's cases showed.</param>
/// <param name="Failures">How many cases failed.</param>
/// <param name="Cases">How many cases ran.</param>
/// <param name="ChangesInGaps">Each case's change of the subject in units of Δ, binned.</param>
public sealed record EditKindPlot(EditKind Kind, EditOutcome Outcome, int Failures, int Cases, CountHistogram ChangesInGaps);
