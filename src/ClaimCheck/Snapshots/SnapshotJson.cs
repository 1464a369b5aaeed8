using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Snapshots;

/// <summary>Turns snapshot documents into canonical text and back.</summary>
public static class SnapshotJson
{
    private static readonly JsonDocumentOptions ReadOptions = new()
    {
        // A duplicated key would silently hide one of two values from the comparison.
        AllowDuplicateProperties = false,
        MaxDepth = CanonicalJsonWriter.MaxDepth,
    };

    /// <summary>
    /// The canonical text of <paramref name="document"/>: 2-space indent, LF line ends, a trailing newline, keys in
    /// the document's order, numbers as shortest invariant round-trip text (integers digit for digit), only the
    /// escapes JSON requires. Equal documents give identical text; write it as UTF-8 without a BOM.
    /// </summary>
    /// <exception cref="ArgumentException">A number is NaN or infinite, or the document nests deeper than 128 levels.</exception>
    public static string Serialize(JsonNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return CanonicalJsonWriter.Write(document, indented: true) + "\n";
    }

    /// <summary>Reads snapshot text; <paramref name="pathForMessages"/> names the source in error messages.</summary>
    /// <exception cref="ClaimCheckException">CLM4003 when the text holds merge-conflict markers or is not a valid JSON document.</exception>
    public static JsonNode Parse(string text, string pathForMessages)
    {
        ArgumentNullException.ThrowIfNull(text);

        if (MergeConflictMarkers.FirstLine(text) is int line)
        {
            throw new ClaimCheckException(
                DiagnosticIds.SnapshotMalformed,
                $"{pathForMessages} contains git merge-conflict markers (first at line {line}). Resolve the conflict by hand, "
                + $"or delete the file and accept the received snapshot again ({SnapshotSettings.AcceptVariable}=1).");
        }

        try
        {
            // File.ReadAllText drops a byte-order mark, but text from elsewhere may still carry one.
            JsonNode node = JsonNode.Parse(text.TrimStart('\uFEFF'), nodeOptions: null, ReadOptions)
                ?? throw Malformed(pathForMessages, "it holds JSON null, not a snapshot document.", null);
            // Reading every leaf once surfaces what the reader lets through but cannot return, such as a lone surrogate.
            _ = CanonicalJsonWriter.Write(node, indented: false);
            return node;
        }
        catch (JsonException ex)
        {
            throw Malformed(pathForMessages, ex.Message, ex);
        }
        catch (InvalidOperationException ex)
        {
            throw Malformed(pathForMessages, ex.Message, ex);
        }
    }

    private static ClaimCheckException Malformed(string path, string reason, Exception? inner) =>
        new(DiagnosticIds.SnapshotMalformed, $"{path} is not a valid snapshot: {reason}", inner);
}
