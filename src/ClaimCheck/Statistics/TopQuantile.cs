using System.Buffers;

namespace ClaimCheck.Statistics;

/// <summary>
/// Precision among the highest-scoring examples, as in Network Dissection (Bau et al. 2017), which reads a unit by its
/// top 0.5% of activations.
/// </summary>
public static class TopQuantile
{
    /// <summary>
    /// Takes the top max(⌈<paramref name="fraction"/>·n⌉, <paramref name="minimumCount"/>) examples by score (at most n),
    /// breaking ties at the cut by taking lower indices first, and counts them and their positives.
    /// </summary>
    /// <param name="scores">One score per example; NaN is rejected.</param>
    /// <param name="labels">One label per example; <see langword="true"/> marks a positive.</param>
    /// <param name="fraction">The top fraction to take, in [0, 1] (e.g. 0.005).</param>
    /// <param name="minimumCount">The fewest examples to take whatever the fraction (e.g. 20), at least 0.</param>
    /// <returns>How many examples were taken and how many of them are positive; precision is Positives / Count.</returns>
    /// <exception cref="ArgumentException">The spans differ in length or a score is NaN.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="fraction"/> is outside [0, 1] or <paramref name="minimumCount"/> is negative.
    /// </exception>
    /// <example>
    /// <code>
    /// (int count, int positives) = TopQuantile.TopCounts(activations, isStriped, fraction: 0.005, minimumCount: 20);
    /// Interval precision = Wilson.ScoreInterval(positives, count);
    /// </code>
    /// </example>
    public static (int Count, int Positives) TopCounts(
        ReadOnlySpan<double> scores,
        ReadOnlySpan<bool> labels,
        double fraction,
        int minimumCount)
    {
        if (scores.Length != labels.Length)
        {
            throw new ArgumentException(
                $"There are {scores.Length} scores but {labels.Length} labels; each score needs exactly one label.",
                nameof(labels));
        }

        if (!(fraction >= 0 && fraction <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "The top fraction must lie in [0, 1].");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(minimumCount);

        int n = scores.Length;
        int totalPositives = 0;
        for (int i = 0; i < n; i++)
        {
            if (double.IsNaN(scores[i]))
            {
                throw new ArgumentException($"Score {i} is NaN; every score must be a number.", nameof(scores));
            }

            if (labels[i])
            {
                totalPositives++;
            }
        }

        int count = Math.Min(n, Math.Max(CeilingOfFraction(fraction, n), minimumCount));
        if (count == 0)
        {
            return (0, 0);
        }

        if (count == n)
        {
            return (n, totalPositives);
        }

        // The cut is the count-th highest score: everything above it is in, and of the examples equal to it only as
        // many as fit, lowest index first, so the result does not depend on how a sort orders equal keys.
        double[] buffer = ArrayPool<double>.Shared.Rent(n);
        try
        {
            Span<double> sorted = buffer.AsSpan(0, n);
            scores.CopyTo(sorted);
            sorted.Sort();
            double cut = sorted[n - count];
            int above = 0;
            for (int k = n - 1; k >= 0 && sorted[k] > cut; k--)
            {
                above++;
            }

            int roomAtCut = count - above;
            int positives = 0;
            for (int i = 0; i < n; i++)
            {
                bool taken = scores[i] > cut;
                if (!taken && scores[i] == cut && roomAtCut > 0)
                {
                    taken = true;
                    roomAtCut--;
                }

                if (taken && labels[i])
                {
                    positives++;
                }
            }

            return (count, positives);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    private static int CeilingOfFraction(double fraction, int n)
    {
        double raw = fraction * n;
        // A fraction written in decimal is rarely exact in binary (0.07 × 100 = 7.000000000000001): snap products
        // within rounding error of an integer to it, so the ceiling does not take one example too many.
        double nearest = Math.Round(raw);
        if (Math.Abs(raw - nearest) <= 1e-9 * Math.Max(1, raw))
        {
            raw = nearest;
        }

        return (int)Math.Ceiling(raw);
    }
}
