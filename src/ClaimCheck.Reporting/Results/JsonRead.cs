using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClaimCheck.Reporting.Results;

/// <summary>Lenient reads of a verdict document's values: a missing or mistyped value is null, never an exception.</summary>
internal static class JsonRead
{
    public static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary>A number, whether the node was parsed from text or built in memory from an int, a long or a double
    /// (a built node converts only to the type it holds).</summary>
    public static double? Number(JsonNode? node)
    {
        if (node is not JsonValue v || v.GetValueKind() != JsonValueKind.Number)
        {
            return null;
        }

        return v.TryGetValue(out double d) ? d
            : v.TryGetValue(out int i) ? i
            : v.TryGetValue(out long l) ? l
            : v.TryGetValue(out ulong u) ? u
            : v.TryGetValue(out float f) ? f
            : v.TryGetValue(out decimal m) ? (double)m
            : null;
    }

    public static int? Integer(JsonNode? node) => Number(node) is { } d && d == Math.Floor(d) ? (int)d : null;

    public static bool Flag(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.True;

    public static IEnumerable<JsonObject> Objects(JsonNode? node) => node is JsonArray a ? a.OfType<JsonObject>() : [];

    public static double[] Numbers(JsonNode? node) =>
        node is JsonArray a ? a.Select(Number).Where(d => d.HasValue).Select(d => d!.Value).ToArray() : [];

    /// <summary>A score to 2 decimals, as the snapshots show them; "n/a" when missing.</summary>
    public static string Score(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";

    /// <summary>A p-value to 3 decimals, as the snapshots show them; "n/a" when missing.</summary>
    public static string P(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";

    /// <summary>"[lower, upper]" of a two-element array, 2 decimals.</summary>
    public static string Interval(JsonNode? node)
    {
        double[] bounds = Numbers(node);
        return bounds.Length == 2 ? $"[{Score(bounds[0])}, {Score(bounds[1])}]" : "[n/a]";
    }
}
