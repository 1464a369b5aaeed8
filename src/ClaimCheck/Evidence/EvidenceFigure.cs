namespace ClaimCheck.Evidence;

/// <summary>One headline figure of a kind of evidence, as reports show it beside the verdict.</summary>
/// <param name="Evidence">The kind of evidence in words, e.g. "held-out".</param>
/// <param name="Label">What the figure is, e.g. "AUROC on held-out (held-out)".</param>
/// <param name="Value">The figure with its interval and null p, formatted as snapshots round them.</param>
public sealed record EvidenceFigure(string Evidence, string Label, string Value);
