using ClaimCheck.Statistics;

namespace ClaimCheck.Evidence.HeldOut;

/// <summary>The generalization gap: AUROC on discovery minus AUROC on a held-out split, with its interval.</summary>
/// <param name="HeldOutSplit">The held-out split compared with discovery.</param>
/// <param name="Gap">Discovery AUROC − held-out AUROC.</param>
/// <param name="Interval">Interval of the gap (the two splits are independent samples).</param>
public sealed record GapScore(string HeldOutSplit, double Gap, Interval Interval);
