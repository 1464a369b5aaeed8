using ClaimCheck.Statistics;

namespace ClaimCheck.Evidence.Edits;

/// <summary>
/// The scale an edit's effect is measured on, and the held-out gap Δ on that scale that δ and ε are fractions of.
/// <para>
/// <see cref="EditScaleKind.Raw"/> (the default) keeps activation units, with Δ = the difference of held-out means.
/// <see cref="EditScaleKind.Rank"/> maps a score to its mid-rank among the held-out split's scores (the empirical
/// distribution function, 0 to 1). On that scale Δ = mean rank of positives − mean rank of negatives, which equals the
/// held-out AUROC − ½ exactly, so edits are judged on the scale of the held-out evidence: like AUROC, the result does
/// not change under an increasing transform of the subject, and a move among the tails (an empty scene's logit going
/// from −56 to −48, still below every positive) counts for what it changes in ranks, which is nearly nothing.
/// </para>
/// <para>
/// Why raw is the default: ranks compress the middle of the distribution. A perfect separator (held-out AUROC 1.00)
/// has a rank Δ of ½, yet swapping the highest-ranked negative for the lowest-ranked positive moves the rank by almost
/// nothing, so per-case rank changes fail δ = 0.5Δ for pairs the subject separates perfectly (measured on the
/// Fashion-MNIST footwear unit: 12% of adds fail on ranks, none in activation units). Rank suits subjects whose
/// held-out mean difference is dominated by a tail (the stripes world's read-out, where empty scenes sit at −56).
/// </para>
/// </summary>
public sealed class EditScale
{
    private readonly double[]? _sortedReference;

    private EditScale(EditScaleKind kind, double gap, double[]? sortedReference)
    {
        Kind = kind;
        Gap = gap;
        _sortedReference = sortedReference;
    }

    /// <summary>Which scale this is.</summary>
    public EditScaleKind Kind { get; }

    /// <summary>Δ on this scale: how far the concept separates held-out positives from negatives.</summary>
    public double Gap { get; }

    /// <summary>Activation units with Δ = <paramref name="gap"/> (e.g. a difference of means measured elsewhere).</summary>
    public static EditScale Raw(double gap) => new(EditScaleKind.Raw, gap, null);

    /// <summary>
    /// The scale of <paramref name="kind"/> built from held-out <paramref name="scores"/> and their concept
    /// <paramref name="labels"/>; Δ is NaN when either class is empty.
    /// </summary>
    public static EditScale FromHeldOut(EditScaleKind kind, IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        if (scores.Count != labels.Count)
        {
            throw new ArgumentException($"{scores.Count} scores but {labels.Count} labels", nameof(labels));
        }

        if (kind == EditScaleKind.Raw)
        {
            return Raw(MeanDifference(scores, labels));
        }

        double[] sorted = [.. scores];
        Array.Sort(sorted);
        var scale = new EditScale(EditScaleKind.Rank, double.NaN, sorted);
        double[] ranks = scores.Select(scale.Apply).ToArray();
        return new EditScale(EditScaleKind.Rank, MeanDifference(ranks, labels), sorted);
    }

    /// <summary>A score on this scale: itself for raw, its mid-rank among the held-out scores (0 to 1) for rank.</summary>
    public double Apply(double score)
    {
        if (_sortedReference is null)
        {
            return score;
        }

        if (double.IsNaN(score))
        {
            return double.NaN;
        }

        // Mid-rank: ties count half, so a held-out score maps to the same value the AUROC's Mann–Whitney count uses.
        int below = LowerBound(_sortedReference, score);
        int notAbove = UpperBound(_sortedReference, score);
        return (below + (0.5 * (notAbove - below))) / _sortedReference.Length;
    }

    private static double MeanDifference(IReadOnlyList<double> values, IReadOnlyList<bool> labels)
    {
        double[] with = values.Where((_, i) => labels[i]).ToArray();
        double[] without = values.Where((_, i) => !labels[i]).ToArray();
        return with.Length == 0 || without.Length == 0 ? double.NaN : Descriptive.Mean(with) - Descriptive.Mean(without);
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static int UpperBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}

/// <summary>The scale edit effects are measured on (see <see cref="EditScale"/>).</summary>
public enum EditScaleKind
{
    /// <summary>Mid-ranks among the held-out scores; Δ = held-out AUROC − ½.</summary>
    Rank,

    /// <summary>Activation units; Δ = difference of held-out means.</summary>
    Raw,
}
