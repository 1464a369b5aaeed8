using ClaimCheck.Diagnostics;

namespace ClaimCheck.Data;

/// <summary>The check every data-file reader makes first: the file exists (CLM5030), said with what is missing.</summary>
internal static class DataFiles
{
    /// <summary>Throws CLM5030 when there is no file at <paramref name="path"/>; <paramref name="kind"/> names the format ("npy file").</summary>
    public static void RequireFile(string path, string kind)
    {
        if (File.Exists(path))
        {
            return;
        }

        string full = Path.GetFullPath(path);
        string? folder = Path.GetDirectoryName(full);
        string why = Directory.Exists(full) ? " (it is a folder)"
            : folder is not null && !Directory.Exists(folder) ? $" (the folder {folder} does not exist either)"
            : string.Empty;
        throw new ClaimCheckException(DiagnosticIds.IdxFileMissing, $"no {kind} at {path}{why}");
    }
}
