using ClaimCheck.Reporting.Plots;
using ClaimCheck.Reports;

namespace ClaimCheck.Reporting;

/// <summary>One claim as the report shows it: its records and its plots.</summary>
/// <param name="Record">The records the run wrote (document, outcome, counterexamples).</param>
/// <param name="Plots">The evidence plots.</param>
internal sealed record ReportedClaim(ClaimRecord Record, IReadOnlyList<ClaimPlot> Plots);
