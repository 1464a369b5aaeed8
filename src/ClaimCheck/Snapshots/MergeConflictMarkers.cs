namespace ClaimCheck.Snapshots;

/// <summary>Finds the lines git writes into a file with a merge conflict.</summary>
internal static class MergeConflictMarkers
{
    // No valid JSON line starts with these characters (strings cannot span lines), so the check cannot misfire.
    private static readonly string[] Markers = ["<<<<<<<", "=======", ">>>>>>>", "|||||||"];

    /// <summary>The 1-based number of the first line that starts with a conflict marker, or null when there is none.</summary>
    internal static int? FirstLine(string text)
    {
        int lineNumber = 0;
        foreach (ReadOnlySpan<char> line in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            foreach (string marker in Markers)
            {
                if (line.StartsWith(marker, StringComparison.Ordinal))
                {
                    return lineNumber;
                }
            }
        }

        return null;
    }
}
