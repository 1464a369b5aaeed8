using System.Numerics;

namespace ClaimCheck.Statistics;

/// <summary>
/// The AUROC from the positives' and the negatives' scores held apart: each class turned into order-preserving integer
/// keys (<see cref="OrderedKeys"/>) and sorted on its own, then one merge counts, for every positive, the negatives below
/// it and those tied with it. The count is the same integer <see cref="TieGroups.Auroc"/> builds from a sort of the
/// whole sample with its labels, divided the same way, so the result equals <see cref="Auroc.Compute"/> bit for bit;
/// sorting bare keys a byte at a time is what makes it cheaper, for the thousands of null AUROCs a layer needs.
/// </summary>
internal static class ClassAuroc
{
    /// <summary>
    /// The AUROC of <paramref name="scores"/> against <paramref name="labels"/>, with the caller's buffers (each at least
    /// as long as the sample) for the keys. Labels of another length, a NaN score or a class without examples are left to
    /// <see cref="Auroc.Compute"/>, which rejects them.
    /// </summary>
    public static double Compute(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, Span<ulong> positives, Span<ulong> negatives, Span<ulong> scratch)
    {
        if (scores.Length != labels.Length)
        {
            return Auroc.Compute(scores, labels);
        }

        int m = 0, n = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            double score = scores[i];
            if (double.IsNaN(score))
            {
                return Auroc.Compute(scores, labels);
            }

            if (labels[i])
            {
                positives[m++] = OrderedKeys.Of(score);
            }
            else
            {
                negatives[n++] = OrderedKeys.Of(score);
            }
        }

        if (m == 0 || n == 0)
        {
            return Auroc.Compute(scores, labels);
        }

        OrderedKeys.Sort(positives[..m], scratch);
        OrderedKeys.Sort(negatives[..n], scratch);
        return FromSorted<ulong>(positives[..m], negatives[..n]);
    }

    /// <summary>The AUROC of two classes of keys, each already sorted ascending and neither empty.</summary>
    public static double FromSorted<T>(ReadOnlySpan<T> positives, ReadOnlySpan<T> negatives)
        where T : IBinaryInteger<T>
    {
        // Twice the wins, as in TieGroups.Auroc: every term an exact integer, one rounding at the end.
        long twiceWins = 0;
        int below = 0;
        int tied = 0;
        for (int i = 0; i < positives.Length; i++)
        {
            T key = positives[i];
            if (i == 0 || key != positives[i - 1])
            {
                while (below < negatives.Length && negatives[below] < key)
                {
                    below++;
                }

                tied = 0;
                while (below + tied < negatives.Length && negatives[below + tied] == key)
                {
                    tied++;
                }
            }

            twiceWins += (2L * below) + tied;
        }

        return twiceWins / (2.0 * (long)positives.Length * (long)negatives.Length);
    }
}
