namespace ClaimCheck.Statistics;

/// <summary>
/// Counts of several groups of values over one set of equal-width bins, so the groups' bars line up in a plot
/// (e.g. a subject's activations with the concept present and absent). A compact stand-in for the values themselves.
/// </summary>
/// <param name="Edges">The bin edges, ascending; bin i is [Edges[i], Edges[i + 1]), the last bin closed on both ends.</param>
/// <param name="Counts">Per group, the count in each bin (Edges.Count − 1 entries).</param>
public sealed record Histogram(IReadOnlyList<double> Edges, IReadOnlyList<IReadOnlyList<int>> Counts)
{
    /// <summary>The fewest bins: fewer hides the shape of any distribution worth plotting.</summary>
    public const int MinBins = 5;

    /// <summary>The most bins: more leaves most bins of a few hundred values empty or nearly so.</summary>
    public const int MaxBins = 40;

    /// <summary>
    /// Bins <paramref name="groups"/> over their common range. The bin count is the square-root rule, ⌈√n⌉ for the n
    /// values of all groups together, kept within [<see cref="MinBins"/>, <see cref="MaxBins"/>]: Sturges' ⌈log₂ n⌉ + 1
    /// oversmooths the few hundred null draws and edit cases plotted here (8 bins for 100), hiding where a threshold falls.
    /// Non-finite values are left out. When every value is equal the range is widened by 0.5 each side, so the
    /// single value sits in a bin of width 1 rather than in one of width 0.
    /// </summary>
    /// <param name="groups">The groups; at least one finite value among them.</param>
    /// <returns>The histogram, one count list per group in the order given.</returns>
    /// <exception cref="ArgumentException">No group holds a finite value.</exception>
    public static Histogram Of(params IReadOnlyList<double>[] groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        double min = double.PositiveInfinity;
        double max = double.NegativeInfinity;
        int n = 0;
        foreach (IReadOnlyList<double> group in groups)
        {
            foreach (double v in group)
            {
                if (double.IsFinite(v))
                {
                    min = Math.Min(min, v);
                    max = Math.Max(max, v);
                    n++;
                }
            }
        }

        if (n == 0)
        {
            throw new ArgumentException("A histogram needs at least one finite value.", nameof(groups));
        }

        if (min == max)
        {
            min -= 0.5;
            max += 0.5;
        }

        int bins = Math.Clamp((int)Math.Ceiling(Math.Sqrt(n)), MinBins, MaxBins);
        double width = (max - min) / bins;
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++)
        {
            // From min and the index, not by adding widths, so the last edge is max exactly and rounding does not drift.
            edges[i] = i == bins ? max : min + (i * width);
        }

        var counts = new IReadOnlyList<int>[groups.Length];
        for (int g = 0; g < groups.Length; g++)
        {
            int[] c = new int[bins];
            foreach (double v in groups[g])
            {
                if (double.IsFinite(v))
                {
                    c[Math.Min(bins - 1, (int)((v - min) / width))]++;
                }
            }

            counts[g] = c;
        }

        return new Histogram(edges, counts);
    }
}
