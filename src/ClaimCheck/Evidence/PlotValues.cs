using ClaimCheck.Statistics;

namespace ClaimCheck.Evidence;

/// <summary>A histogram of values with the concept present and absent, for plots.</summary>
/// <param name="Edges">The bin edges (one more than the bins).</param>
/// <param name="Present">The count per bin of examples with the concept.</param>
/// <param name="Absent">The count per bin of examples without it.</param>
public sealed record ConceptHistogram(IReadOnlyList<double?> Edges, IReadOnlyList<int> Present, IReadOnlyList<int> Absent);

/// <summary>A histogram of one set of values, for plots.</summary>
/// <param name="Edges">The bin edges (one more than the bins).</param>
/// <param name="Counts">The count per bin.</param>
public sealed record CountHistogram(IReadOnlyList<double?> Edges, IReadOnlyList<int> Counts);

/// <summary>The compact forms every kind's plot data uses: numbers, value lists and histograms.</summary>
internal static class PlotValues
{
    /// <summary>A histogram of values with the concept present and absent.</summary>
    public static ConceptHistogram ByConcept(Histogram h) => new(Values(h.Edges), [.. h.Counts[0]], [.. h.Counts[1]]);

    /// <summary>A histogram of one set of values.</summary>
    public static CountHistogram Single(Histogram h) => new(Values(h.Edges), [.. h.Counts[0]]);

    /// <summary>A number; JSON holds no NaN or infinity, so a value that could not be computed is written as null.</summary>
    public static double? Number(double value) => double.IsFinite(value) ? value : null;

    /// <summary>A list of numbers, each as <see cref="Number"/> writes it.</summary>
    public static double?[] Values(IReadOnlyList<double> values) => [.. values.Select(Number)];
}
