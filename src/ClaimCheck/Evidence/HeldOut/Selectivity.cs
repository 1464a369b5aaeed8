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
    /// <summary>Documents holding positives (0 when the split names no documents).</summary>
    public int PositiveDocuments { get; init; }

    /// <summary>Documents holding negatives (0 when the split names no documents).</summary>
    public int NegativeDocuments { get; init; }

    /// <summary>The clustered variance over the naive one (NaN when the split names no documents or either is undefined).</summary>
    public double DesignEffect { get; init; } = double.NaN;

    /// <summary>
    /// Measures <paramref name="scores"/> (the subject on <paramref name="activations"/>) against <paramref name="labels"/>,
    /// which must have at least one example of each class. With fewer than two of either, DeLong's variance is
    /// undefined: the variance is NaN and the interval the whole of [0, 1]. With <paramref name="documents"/> (one id
    /// per example) the variance is the document-clustered one (<see cref="ClusteredDeLong"/>), undefined below two
    /// documents per class. The null needs no change for documents: its readouts are other units and directions of the
    /// same layer on the same examples, so each carries the same dependence between tokens as the subject.
    /// </summary>
    public static Selectivity Measure(
        Subject subject, ActivationMatrix activations, double[] scores, bool[] labels, HeldOutSettings spec, ulong nullSeed, AuditTarget target,
        int[]? documents = null)
    {
        NullDistribution.Result nulls = NullDistribution.Scores(subject, activations, labels, spec, nullSeed, target);
        if (documents is not null)
        {
            return Clustered(scores, labels, documents, spec, nulls);
        }

        int positives = labels.Count(l => l);
        int negatives = labels.Length - positives;
        (double auroc, double variance) = positives >= 2 && negatives >= 2 ? DeLong.Estimate(scores, labels) : (Statistics.Auroc.Compute(scores, labels), double.NaN);
        Interval interval = double.IsNaN(variance) ? new Interval(0, 1) : DeLong.Interval((auroc, variance), positives, negatives, spec.ConfidenceLevel);
        return new Selectivity(auroc, variance, interval, nulls, EmpiricalP.Upper(auroc, nulls.All));
    }

    private static Selectivity Clustered(double[] scores, bool[] labels, int[] documents, HeldOutSettings spec, NullDistribution.Result nulls)
    {
        var positiveDocuments = new HashSet<int>();
        var negativeDocuments = new HashSet<int>();
        for (int i = 0; i < labels.Length; i++)
        {
            (labels[i] ? positiveDocuments : negativeDocuments).Add(documents[i]);
        }

        double auroc;
        double variance = double.NaN;
        double designEffect = double.NaN;
        var interval = new Interval(0, 1);
        if (positiveDocuments.Count >= 2 && negativeDocuments.Count >= 2)
        {
            ClusteredAuroc estimate = ClusteredDeLong.Estimate(scores, labels, documents);
            (auroc, variance, designEffect) = (estimate.Auroc, estimate.Variance, estimate.DesignEffect);
            interval = ClusteredDeLong.Interval(estimate, spec.ConfidenceLevel);
        }
        else
        {
            auroc = Statistics.Auroc.Compute(scores, labels);
        }

        return new Selectivity(auroc, variance, interval, nulls, EmpiricalP.Upper(auroc, nulls.All))
        {
            PositiveDocuments = positiveDocuments.Count,
            NegativeDocuments = negativeDocuments.Count,
            DesignEffect = designEffect,
        };
    }
}
