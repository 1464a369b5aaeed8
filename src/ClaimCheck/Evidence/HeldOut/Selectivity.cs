using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;

namespace ClaimCheck.Evidence.HeldOut;

/// <summary>
/// How well a subject's scores separate a concept on one split, and how that compares with the layer's null: the AUROC
/// with its DeLong variance and interval, the null scores and the empirical p. One routine for claims
/// (<see cref="HeldOutCheck"/>) and for <c>explain</c>, so a claim formed from <c>explain</c>'s figures meets the same numbers.
/// </summary>
internal sealed record Selectivity(double Auroc, double Variance, Interval Interval, NullDistribution.Result Nulls, double P)
{
    /// <summary>
    /// Measures <paramref name="scores"/> (the subject on <paramref name="activations"/>) against <paramref name="labels"/>,
    /// which must have at least one example of each class. With fewer than two of either, DeLong's variance is
    /// undefined: the variance is NaN and the interval the whole of [0, 1].
    /// </summary>
    public static Selectivity Measure(
        Subject subject, ActivationMatrix activations, double[] scores, bool[] labels, HeldOutSpec spec, ulong nullSeed, AuditTarget target)
    {
        int positives = labels.Count(l => l);
        int negatives = labels.Length - positives;
        (double auroc, double variance) = positives >= 2 && negatives >= 2 ? DeLong.Estimate(scores, labels) : (Statistics.Auroc.Compute(scores, labels), double.NaN);
        Interval interval = double.IsNaN(variance) ? new Interval(0, 1) : DeLong.Interval((auroc, variance), positives, negatives, spec.ConfidenceLevel);
        NullDistribution.Result nulls = NullDistribution.Scores(subject, activations, labels, spec, nullSeed, target);
        return new Selectivity(auroc, variance, interval, nulls, EmpiricalP.Upper(auroc, nulls.All));
    }
}
