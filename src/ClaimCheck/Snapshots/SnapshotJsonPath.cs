using System.Globalization;

namespace ClaimCheck.Snapshots;

/// <summary>Builds the JSON paths (<c>$.evidence.heldOut.auroc</c>, <c>$.seeds[2]</c>) that name a place in a snapshot.</summary>
internal static class SnapshotJsonPath
{
    internal const string Root = "$";

    internal static string Property(string parent, string key) =>
        IsPlainName(key)
            ? $"{parent}.{key}"
            // Keys with dots, spaces or quotes would make a dotted path ambiguous, so they get bracket notation.
            : $"{parent}['{key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";

    internal static string Index(string parent, int index) =>
        $"{parent}[{index.ToString(CultureInfo.InvariantCulture)}]";

    private static bool IsPlainName(string key)
    {
        if (key.Length == 0 || char.IsAsciiDigit(key[0]))
        {
            return false;
        }

        foreach (char c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
