using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClaimCheck.Snapshots;

/// <summary>
/// Compares two snapshot documents by meaning rather than by text: objects by key set (order does not matter),
/// arrays by length and index, booleans and null exactly, numbers within
/// <see cref="SnapshotSettings.NumberTolerance"/> (integers exactly), strings exactly except for the decimal figures
/// they carry, which get the numbers' tolerance (so a diagnostic message agrees whenever its figures do).
/// </summary>
internal static class SnapshotComparer
{
    /// <summary>Every semantic difference between <paramref name="verified"/> and <paramref name="received"/>, in document order; empty when they agree.</summary>
    public static IReadOnlyList<SnapshotDifference> Compare(JsonNode verified, JsonNode received, SnapshotSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var differences = new List<SnapshotDifference>();
        CompareNodes(verified, received, SnapshotJsonPath.Root, settings.NumberTolerance, differences);
        return differences.AsReadOnly();
    }

    private static void CompareNodes(JsonNode? verified, JsonNode? received, string path, double tolerance, List<SnapshotDifference> differences)
    {
        verified = AsTree(verified);
        received = AsTree(received);
        if (verified is JsonObject verifiedObject && received is JsonObject receivedObject)
        {
            CompareObjects(verifiedObject, receivedObject, path, tolerance, differences);
        }
        else if (verified is JsonArray verifiedArray && received is JsonArray receivedArray)
        {
            CompareArrays(verifiedArray, receivedArray, path, tolerance, differences);
        }
        else if (!LeavesAgree(verified, received, tolerance, path))
        {
            differences.Add(new SnapshotDifference(path, Text(verified), Text(received)));
        }
    }

    private static void CompareObjects(JsonObject verified, JsonObject received, string path, double tolerance, List<SnapshotDifference> differences)
    {
        foreach ((string key, JsonNode? verifiedChild) in verified)
        {
            string childPath = SnapshotJsonPath.Property(path, key);
            if (received.TryGetPropertyValue(key, out JsonNode? receivedChild))
            {
                CompareNodes(verifiedChild, receivedChild, childPath, tolerance, differences);
            }
            else
            {
                differences.Add(new SnapshotDifference(childPath, Text(verifiedChild), null));
            }
        }

        foreach ((string key, JsonNode? receivedChild) in received)
        {
            if (!verified.ContainsKey(key))
            {
                differences.Add(new SnapshotDifference(SnapshotJsonPath.Property(path, key), null, Text(receivedChild)));
            }
        }
    }

    private static void CompareArrays(JsonArray verified, JsonArray received, string path, double tolerance, List<SnapshotDifference> differences)
    {
        int common = Math.Min(verified.Count, received.Count);
        for (int i = 0; i < common; i++)
        {
            CompareNodes(verified[i], received[i], SnapshotJsonPath.Index(path, i), tolerance, differences);
        }

        for (int i = common; i < verified.Count; i++)
        {
            differences.Add(new SnapshotDifference(SnapshotJsonPath.Index(path, i), Text(verified[i]), null));
        }

        for (int i = common; i < received.Count; i++)
        {
            differences.Add(new SnapshotDifference(SnapshotJsonPath.Index(path, i), null, Text(received[i])));
        }
    }

    private static bool LeavesAgree(JsonNode? verified, JsonNode? received, double tolerance, string path)
    {
        JsonValueKind kind = JsonScalars.Kind(verified);
        if (kind != JsonScalars.Kind(received))
        {
            return false;
        }

        return kind switch
        {
            JsonValueKind.Null or JsonValueKind.True or JsonValueKind.False => true,
            JsonValueKind.Number => JsonScalars.NumbersAgree(
                JsonScalars.RawNumber((JsonValue)verified!, path),
                JsonScalars.RawNumber((JsonValue)received!, path),
                tolerance),
            _ => EmbeddedNumbers.Agree(
                JsonScalars.StringOf((JsonValue)verified!),
                JsonScalars.StringOf((JsonValue)received!),
                tolerance),
        };
    }

    // A JsonValue wrapping a .NET object or collection is compared as the tree it serializes to, key by key.
    private static JsonNode? AsTree(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() is JsonValueKind.Object or JsonValueKind.Array
            ? JsonNode.Parse(value.ToJsonString())
            : node;

    private static string Text(JsonNode? node) => CanonicalJsonWriter.Write(node, indented: false);
}
