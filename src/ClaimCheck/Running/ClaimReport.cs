using ClaimCheck.Snapshots;

namespace ClaimCheck.Running;

/// <summary>Everything one claim's run produced: the result, its snapshot comparison and the outcome.</summary>
/// <param name="Result">The verdict and evidence (its full-precision document is <c>VerdictDocument.Of(Result, fullPrecision: true)</c>).</param>
/// <param name="Snapshot">The comparison with the verified snapshot, or null when the store could not be used (see the diagnostics).</param>
/// <param name="Outcome">How the test ends, with its message.</param>
public sealed record ClaimReport(ClaimResult Result, SnapshotOutcome? Snapshot, ClaimOutcome Outcome);
