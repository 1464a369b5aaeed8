using System.Text.Json.Nodes;
using ClaimCheck.Snapshots;

namespace ClaimCheck.Running;

/// <summary>Everything one claim's run produced: the result, its snapshot comparison, the outcome and the documents.</summary>
/// <param name="Result">The verdict and evidence.</param>
/// <param name="Snapshot">The comparison with the verified snapshot, or null when the store could not be used (see the diagnostics).</param>
/// <param name="Outcome">How the test ends, with its message.</param>
/// <param name="FullPrecision">The document with unrounded numbers, for attachments.</param>
public sealed record ClaimReport(ClaimResult Result, SnapshotOutcome? Snapshot, ClaimOutcome Outcome, JsonObject FullPrecision);
