using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClaimCheck.Snapshots;

/// <summary>Reads and normalizes JSON leaves (strings, numbers, literals) the same way for writing and comparing.</summary>
internal static class JsonScalars
{
    /// <summary>The JSON kind of a node, treating a C# <see langword="null"/> as JSON null.</summary>
    internal static JsonValueKind Kind(JsonNode? node) => node?.GetValueKind() ?? JsonValueKind.Null;

    /// <summary>The text of a string leaf, whatever .NET value backs it (string, parsed element, Guid, enum...).</summary>
    internal static string StringOf(JsonValue value)
    {
        if (value.TryGetValue(out string? text) && text is not null)
        {
            return text;
        }

        // Other string-like values (Guid, DateTime, char) are read back through their own JSON form.
        using JsonDocument document = JsonDocument.Parse(value.ToJsonString());
        return document.RootElement.GetString() ?? "";
    }

    /// <summary>The JSON text of a number leaf as produced or as read, before normalization.</summary>
    internal static string RawNumber(JsonValue value, string path)
    {
        try
        {
            return value.ToJsonString();
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException(
                $"The snapshot value at {path} is not a finite number; JSON cannot hold NaN or infinity, so map it to null or a string first.",
                ex);
        }
    }

    /// <summary>Whether a JSON number is written as an integer (no fraction, no exponent): counts and seeds.</summary>
    internal static bool IsIntegerLiteral(string raw) => raw.AsSpan().IndexOfAny('.', 'e', 'E') < 0;

    /// <summary>
    /// The canonical text of a JSON number: integers digit for digit (seeds may exceed what a double holds exactly),
    /// other numbers as the shortest invariant text that round-trips ("R").
    /// </summary>
    internal static string CanonicalNumber(string raw)
    {
        if (IsIntegerLiteral(raw))
        {
            return ParseInteger(raw).ToString(CultureInfo.InvariantCulture);
        }

        double value = double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
        // A literal beyond double's range stays as written rather than turning into text JSON cannot hold.
        return double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : raw;
    }

    /// <summary>
    /// Whether two JSON numbers agree: integers on both sides exactly (a changed count or seed always shows),
    /// otherwise within the absolute <paramref name="tolerance"/>.
    /// </summary>
    internal static bool NumbersAgree(string verifiedRaw, string receivedRaw, double tolerance)
    {
        if (IsIntegerLiteral(verifiedRaw) && IsIntegerLiteral(receivedRaw))
        {
            return ParseInteger(verifiedRaw) == ParseInteger(receivedRaw);
        }

        double verified = double.Parse(verifiedRaw, NumberStyles.Float, CultureInfo.InvariantCulture);
        double received = double.Parse(receivedRaw, NumberStyles.Float, CultureInfo.InvariantCulture);
        // The equality test covers literals beyond double's range, where the difference of two infinities is NaN.
        return verified == received || Math.Abs(verified - received) <= tolerance;
    }

    private static BigInteger ParseInteger(string raw) =>
        BigInteger.Parse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
