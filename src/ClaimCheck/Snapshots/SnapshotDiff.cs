using System.Globalization;
using System.Text;

namespace ClaimCheck.Snapshots;

/// <summary>
/// The failure text of a differing snapshot, for people and tools alike: the semantic differences first (what
/// changed, as <c>path: verified -&gt; received</c>), then a unified-style line diff with context.
/// </summary>
internal static class SnapshotDiff
{
    private const int MaxDifferencesListed = 50;
    private const int MaxValueLength = 120;
    private const int ContextLines = 3;
    private const int MaxDiffLines = 200;

    /// <summary>Renders the differences and the line diff from <paramref name="verifiedText"/> to <paramref name="receivedText"/>.</summary>
    public static string Render(string verifiedText, string receivedText, IReadOnlyList<SnapshotDifference> differences)
    {
        ArgumentNullException.ThrowIfNull(verifiedText);
        ArgumentNullException.ThrowIfNull(receivedText);
        ArgumentNullException.ThrowIfNull(differences);

        var text = new StringBuilder();
        if (differences.Count == 0)
        {
            text.Append("No semantic differences (numbers within tolerance).\n");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"Semantic differences ({differences.Count}), verified -> received:\n");
            foreach (SnapshotDifference difference in differences.Take(MaxDifferencesListed))
            {
                text.Append(CultureInfo.InvariantCulture, $"  {difference.Path}: {Shown(difference.Verified)} -> {Shown(difference.Received)}\n");
            }

            if (differences.Count > MaxDifferencesListed)
            {
                text.Append(CultureInfo.InvariantCulture, $"  ... and {differences.Count - MaxDifferencesListed} more\n");
            }
        }

        // The line diff also shows number changes within tolerance; the list above says which changes count.
        text.Append("Line diff (- verified, + received):\n");
        UnifiedLineDiff.Append(text, verifiedText, receivedText, ContextLines, MaxDiffLines);
        return text.ToString();
    }

    private static string Shown(string? value) =>
        value is null ? "(absent)"
        : value.Length <= MaxValueLength ? value
        : string.Concat(value.AsSpan(0, MaxValueLength), "...");
}
