using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClaimCheck.Snapshots;

/// <summary>
/// Writes a JSON tree as canonical text. Written by hand rather than with Utf8JsonWriter so that the bytes of a
/// committed snapshot depend on this file alone, not on a System.Text.Json version, and so that non-ASCII text
/// (emoji included, which every built-in encoder escapes) stays readable in a review diff.
/// </summary>
internal static class CanonicalJsonWriter
{
    /// <summary>The deepest nesting written and read; what is written can always be parsed back.</summary>
    internal const int MaxDepth = 128;

    private const int IndentSize = 2;

    /// <summary>The node as text: indented with 2 spaces and LF, or compact on one line; no trailing newline.</summary>
    internal static string Write(JsonNode? node, bool indented)
    {
        var text = new StringBuilder();
        WriteNode(text, node, SnapshotJsonPath.Root, 0, indented);
        return text.ToString();
    }

    private static void WriteNode(StringBuilder text, JsonNode? node, string path, int depth, bool indented)
    {
        if (depth > MaxDepth)
        {
            throw new ArgumentException($"The snapshot nests deeper than {MaxDepth} levels at {path}.");
        }

        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject obj:
                WriteObject(text, obj, path, depth, indented);
                break;
            case JsonArray array:
                WriteArray(text, array, path, depth, indented);
                break;
            case JsonValue value:
                WriteValue(text, value, path, depth, indented);
                break;
            default:
                throw new ArgumentException($"The snapshot holds an unknown JSON node type {node.GetType()} at {path}.");
        }
    }

    private static void WriteObject(StringBuilder text, JsonObject obj, string path, int depth, bool indented)
    {
        if (obj.Count == 0)
        {
            text.Append("{}");
            return;
        }

        text.Append('{');
        bool first = true;
        // Keys keep the document's order: the producer orders them so that a snapshot reads top-down.
        foreach ((string key, JsonNode? child) in obj)
        {
            AppendSeparator(text, ref first, depth + 1, indented);
            AppendString(text, key);
            text.Append(indented ? ": " : ":");
            WriteNode(text, child, SnapshotJsonPath.Property(path, key), depth + 1, indented);
        }

        AppendNewLine(text, depth, indented);
        text.Append('}');
    }

    private static void WriteArray(StringBuilder text, JsonArray array, string path, int depth, bool indented)
    {
        if (array.Count == 0)
        {
            text.Append("[]");
            return;
        }

        text.Append('[');
        bool first = true;
        for (int i = 0; i < array.Count; i++)
        {
            AppendSeparator(text, ref first, depth + 1, indented);
            WriteNode(text, array[i], SnapshotJsonPath.Index(path, i), depth + 1, indented);
        }

        AppendNewLine(text, depth, indented);
        text.Append(']');
    }

    private static void WriteValue(StringBuilder text, JsonValue value, string path, int depth, bool indented)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                AppendString(text, JsonScalars.StringOf(value));
                break;
            case JsonValueKind.Number:
                text.Append(JsonScalars.CanonicalNumber(JsonScalars.RawNumber(value, path)));
                break;
            case JsonValueKind.True:
                text.Append("true");
                break;
            case JsonValueKind.False:
                text.Append("false");
                break;
            case JsonValueKind.Null:
                text.Append("null");
                break;
            default:
                // A JsonValue wrapping a .NET object or collection is written as the tree it serializes to.
                WriteNode(text, JsonNode.Parse(value.ToJsonString()), path, depth, indented);
                break;
        }
    }

    private static void AppendSeparator(StringBuilder text, ref bool first, int depth, bool indented)
    {
        if (!first)
        {
            text.Append(',');
        }

        first = false;
        AppendNewLine(text, depth, indented);
    }

    private static void AppendNewLine(StringBuilder text, int depth, bool indented)
    {
        if (indented)
        {
            text.Append('\n').Append(' ', depth * IndentSize);
        }
    }

    /// <summary>Escapes only what JSON requires: quote, backslash and control characters.</summary>
    private static void AppendString(StringBuilder text, string value)
    {
        text.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                default:
                    if (c < ' ')
                    {
                        text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        text.Append(c).Append(value[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        // A lone surrogate has no UTF-8 form and System.Text.Json cannot read it back even escaped.
                        text.Append('\uFFFD');
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
    }
}
