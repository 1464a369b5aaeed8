using ClaimCheck.Diagnostics;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Claims;

/// <summary>The verdict and diagnostic IDs a claim is documented to produce (the Roslyn-testing idea).</summary>
/// <param name="Verdict">The expected verdict.</param>
/// <param name="DiagnosticIds">The expected warning and error IDs, exactly (info diagnostics are not compared).</param>
public sealed record ExpectedOutcome(Verdict Verdict, IReadOnlyList<string> DiagnosticIds);
