using System.Text.Json.Nodes;
using ClaimCheck.Statistics;

namespace ClaimCheck.Evidence;

/// <summary>The compact forms every kind's plot data uses: numbers, value lists and histograms.</summary>
internal static class PlotValues
{
    /// <summary>A histogram of values with the concept present and absent.</summary>
    public static JsonObject ByConcept(Histogram h) => new()
    {
        ["edges"] = Values(h.Edges),
        ["present"] = Counts(h.Counts[0]),
        ["absent"] = Counts(h.Counts[1]),
    };

    /// <summary>A histogram of one set of values.</summary>
    public static JsonObject Single(Histogram h) => new()
    {
        ["edges"] = Values(h.Edges),
        ["counts"] = Counts(h.Counts[0]),
    };

    /// <summary>A number; JSON holds no NaN or infinity, so a value that could not be computed is written as null.</summary>
    public static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;

    /// <summary>A list of numbers.</summary>
    public static JsonArray Values(IReadOnlyList<double> values) => new(values.Select(Number).ToArray());

    private static JsonArray Counts(IReadOnlyList<int> counts) => new(counts.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray());
}
