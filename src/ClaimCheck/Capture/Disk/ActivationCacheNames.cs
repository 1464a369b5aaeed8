using System.Text.RegularExpressions;

namespace ClaimCheck.Capture.Disk;

/// <summary>
/// The names the store gives its files. Listing and clearing the folder touch only names of these two shapes, so a
/// cache setting that points at a folder holding other files never deletes them.
/// </summary>
internal static partial class ActivationCacheNames
{
    /// <summary>The extension of a published entry.</summary>
    public const string EntryExtension = ".activations";

    /// <summary>The published entry for <paramref name="stem"/> (the key's 32 hex digits).</summary>
    public static string Entry(string stem) => stem + EntryExtension;

    /// <summary>A fresh temporary name for an entry being written: the stem, a random part, <c>.tmp</c>.</summary>
    public static string Temporary(string stem) => $"{stem}.{Guid.NewGuid():N}.tmp";

    /// <summary>Whether <paramref name="fileName"/> is a published entry's name.</summary>
    public static bool IsEntry(string fileName) => EntryName().IsMatch(fileName);

    /// <summary>Whether <paramref name="fileName"/> is a temporary entry's name.</summary>
    public static bool IsTemporary(string fileName) => TemporaryName().IsMatch(fileName);

    [GeneratedRegex(@"^[0-9a-f]{32}\.activations$", RegexOptions.CultureInvariant)]
    private static partial Regex EntryName();

    [GeneratedRegex(@"^[0-9a-f]{32}\.[0-9a-f]{32}\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex TemporaryName();
}
