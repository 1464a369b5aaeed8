using System.Buffers;

namespace ClaimCheck.Statistics;

/// <summary>The area under the ROC curve of a score that is meant to separate positives from negatives.</summary>
public static class Auroc
{
    /// <summary>
    /// P(score of a random positive &gt; score of a random negative) + ½ P(tie): the Mann–Whitney U statistic divided by
    /// (positives × negatives), computed with midranks in O(n log n).
    /// </summary>
    /// <param name="scores">One score per example; higher should mean "more positive". NaN is rejected.</param>
    /// <param name="labels">One label per example; <see langword="true"/> marks a positive.</param>
    /// <returns>A value in [0, 1]: 1 ranks every positive above every negative, 0.5 is chance, 0 is a perfect reversal.</returns>
    /// <exception cref="ArgumentException">
    /// The spans differ in length, a score is NaN, or there are no positives or no negatives.
    /// </exception>
    /// <example>
    /// <code>
    /// double auc = Auroc.Compute([0.1, 0.4, 0.35, 0.8], [false, true, false, true]); // 1.0
    /// </code>
    /// </example>
    public static double Compute(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels)
    {
        (int positiveCount, int negativeCount) = SampleChecks.CountClasses(scores, labels, nameof(scores), nameof(labels));
        int n = scores.Length;
        int[] positives = ArrayPool<int>.Shared.Rent(n);
        int[] negatives = ArrayPool<int>.Shared.Rent(n);
        try
        {
            int groups = TieGroups.Build(scores, labels, positives, negatives, []);
            return TieGroups.Auroc(positives.AsSpan(0, groups), negatives.AsSpan(0, groups), positiveCount, negativeCount);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(positives);
            ArrayPool<int>.Shared.Return(negatives);
        }
    }
}
