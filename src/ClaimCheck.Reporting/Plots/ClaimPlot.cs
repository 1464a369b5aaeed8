namespace ClaimCheck.Reporting.Plots;

/// <summary>One rendered plot of a claim's evidence.</summary>
/// <param name="Name">A stable file-name-safe name, e.g. "held-out.activations" or "ablation.null".</param>
/// <param name="Caption">What the plot shows, one sentence for a reader.</param>
/// <param name="Png">The PNG bytes.</param>
public sealed record ClaimPlot(string Name, string Caption, byte[] Png);
