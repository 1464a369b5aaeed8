namespace ClaimCheck.Reporting.Results;

/// <summary>One headline figure of a claim's evidence, with its interval or null comparison, ready to print.</summary>
/// <param name="Evidence">Which evidence it comes from: held-out, edits or ablation.</param>
/// <param name="Label">What was measured, e.g. "AUROC on held-out".</param>
/// <param name="Value">The figure with its interval and p-value, e.g. "0.62 [0.60, 0.65], null p = 0.366".</param>
public sealed record KeyFigure(string Evidence, string Label, string Value);
