namespace ClaimCheck.Evidence.Edits;

/// <summary>The targeted edits' plot data: the thresholds in units of the held-out gap Δ and each kind's changes.</summary>
/// <param name="Gap">The held-out gap Δ.</param>
/// <param name="DeltaInGaps">δ in units of Δ.</param>
/// <param name="EpsilonInGaps">ε in units of Δ.</param>
/// <param name="Kinds">The edit kinds that ran cases.</param>
public sealed record EditPlot(double? Gap, double? DeltaInGaps, double? EpsilonInGaps, IReadOnlyList<EditKindPlot> Kinds);

/// <summary>One edit kind's per-case changes of the subject.</summary>
/// <param name="Kind">The edit kind.</param>
/// <param name="Outcome">What the kind's cases showed.</param>
/// <param name="Failures">How many cases failed.</param>
/// <param name="Cases">How many cases ran.</param>
/// <param name="ChangesInGaps">Each case's change of the subject in units of Δ, binned.</param>
public sealed record EditKindPlot(EditKind Kind, EditOutcome Outcome, int Failures, int Cases, CountHistogram ChangesInGaps);
