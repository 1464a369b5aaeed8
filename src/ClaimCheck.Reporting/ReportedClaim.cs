using ClaimCheck.Reporting.Plots;
using ClaimCheck.Reporting.Results;

namespace ClaimCheck.Reporting;

/// <summary>One claim as the report shows it: the result read, its summary and its plots.</summary>
/// <param name="Result">The result files.</param>
/// <param name="Summary">Verdict, findings and key figures.</param>
/// <param name="Plots">The evidence plots.</param>
internal sealed record ReportedClaim(ClaimResultFile Result, ClaimSummary Summary, IReadOnlyList<ClaimPlot> Plots);
