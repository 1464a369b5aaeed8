using System.Buffers;

namespace ClaimCheck.Statistics;

/// <summary>
/// Sorts a labelled sample by score and collapses it into runs of equal scores ("tie groups"), lowest score first,
/// each with its count of positives and negatives. AUROC, its DeLong components and the stratified bootstrap all
/// depend on the sample only through these counts, so one O(n log n) sort serves each of them.
/// </summary>
internal static class TieGroups
{
    /// <summary>
    /// Fills <paramref name="positives"/> and <paramref name="negatives"/> with each tie group's class counts and,
    /// when <paramref name="groupOf"/> is not empty, the group of each original example. Returns the number of groups.
    /// </summary>
    /// <remarks>The caller has already run <see cref="SampleChecks.CountClasses"/>; the count spans need room for one group per example.</remarks>
    public static int Build(
        ReadOnlySpan<double> scores,
        ReadOnlySpan<bool> labels,
        Span<int> positives,
        Span<int> negatives,
        Span<int> groupOf)
    {
        int n = scores.Length;
        // Pooled buffers: AUROC runs for hundreds of null directions per claim and should not churn the GC.
        double[] keys = ArrayPool<double>.Shared.Rent(n);
        int[] order = ArrayPool<int>.Shared.Rent(n);
        try
        {
            Span<double> sortedScores = keys.AsSpan(0, n);
            Span<int> sortedIndices = order.AsSpan(0, n);
            scores.CopyTo(sortedScores);
            for (int i = 0; i < n; i++)
            {
                sortedIndices[i] = i;
            }

            // Unstable sort is fine: examples with equal scores land in the same group whatever their order.
            sortedScores.Sort(sortedIndices);

            int group = -1;
            for (int k = 0; k < n; k++)
            {
                if (k == 0 || sortedScores[k] != sortedScores[k - 1])
                {
                    group++;
                    positives[group] = 0;
                    negatives[group] = 0;
                }

                int index = sortedIndices[k];
                if (!groupOf.IsEmpty)
                {
                    groupOf[index] = group;
                }

                if (labels[index])
                {
                    positives[group]++;
                }
                else
                {
                    negatives[group]++;
                }
            }

            return group + 1;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(order);
        }
    }

    /// <summary>
    /// AUROC from tie-group counts in ascending score order: each positive wins against every negative in a lower group
    /// and half-wins against each negative in its own group (the midrank convention).
    /// </summary>
    public static double Auroc(ReadOnlySpan<int> positives, ReadOnlySpan<int> negatives, long totalPositives, long totalNegatives)
    {
        // Counting twice the wins keeps every term an exact integer; the only rounding is the final division.
        long twiceWins = 0;
        long negativesBelow = 0;
        for (int g = 0; g < positives.Length; g++)
        {
            twiceWins += positives[g] * ((2 * negativesBelow) + negatives[g]);
            negativesBelow += negatives[g];
        }

        return twiceWins / (2.0 * totalPositives * totalNegatives);
    }
}
