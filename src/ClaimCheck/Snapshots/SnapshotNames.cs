using System.Buffers;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Snapshots;

/// <summary>
/// Decides whether a snapshot name makes a safe file name on every OS a repository is checked out on: snapshots are
/// committed, so a name that works on Linux but not on Windows (or that escapes the folder) is refused everywhere.
/// </summary>
internal static class SnapshotNames
{
    internal const int MaxLength = 200;

    // Windows' invalid file-name characters, fixed here because Path.GetInvalidFileNameChars() on Linux lists only '/' and '\0'.
    private static readonly SearchValues<char> InvalidChars = SearchValues.Create(
        "<>:\"/\\|?*\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    private static readonly HashSet<string> ReservedDeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
    };

    internal static string Validate(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw Invalid(name, "it is empty");
        }

        if (name.Length > MaxLength)
        {
            throw Invalid(name, $"it is {name.Length} characters long; at most {MaxLength} leave room for the suffix and the folder");
        }

        if (name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal))
        {
            throw Invalid(name, "it contains a path separator");
        }

        if (name.Contains("..", StringComparison.Ordinal))
        {
            throw Invalid(name, "it contains \"..\"");
        }

        int invalid = name.AsSpan().IndexOfAny(InvalidChars);
        if (invalid >= 0)
        {
            throw Invalid(name, $"it contains the character U+{(int)name[invalid]:X4}, which is not allowed in file names");
        }

        // Windows reserves device names even with an extension: "CON.Method.verified.json" opens the console.
        string stem = name.Split('.')[0].TrimEnd(' ');
        if (ReservedDeviceNames.Contains(stem))
        {
            throw Invalid(name, $"\"{stem}\" is a reserved device name on Windows");
        }

        return name;
    }

    private static ClaimCheckException Invalid(string? name, string reason) =>
        new(
            DiagnosticIds.InvalidSnapshotName,
            $"The snapshot name \"{Printable(name)}\" is invalid: {reason}. Snapshot names become file names "
            + "({name}.verified.json) in the snapshot folder; use letters, digits, '_', '-', '+' and single dots.");

    private static string Printable(string? name)
    {
        if (name is null)
        {
            return "";
        }

        string shown = name.Length > 60 ? string.Concat(name.AsSpan(0, 60), "...") : name;
        return string.Concat(shown.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));
    }
}
