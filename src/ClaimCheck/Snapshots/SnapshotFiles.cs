using System.Text;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Snapshots;

/// <summary>Reads and writes snapshot files: UTF-8 without BOM, atomic replacement, unwritable folders as CLM4006.</summary>
internal static class SnapshotFiles
{
    internal static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The file's text, or null when it does not exist.</summary>
    internal static string? ReadOrNull(string path)
    {
        try
        {
            return File.ReadAllText(path, Utf8NoBom);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// Replaces <paramref name="path"/> with <paramref name="text"/> so that a reader sees the old or the new file,
    /// never a half-written one: the text goes to a uniquely named temporary file in the same folder (so concurrent
    /// writers of one name never share it, and the move stays on one volume) and is then moved over the target.
    /// </summary>
    internal static void WriteAtomically(string path, string text, string purpose)
    {
        string folder = Path.GetDirectoryName(path)!;
        string temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(Utf8NoBom.GetBytes(text));
                // Flushed to disk before the move, so a crash cannot leave an empty file under the final name.
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw NotWritable(path, purpose, ex);
        }
    }

    /// <summary>Deletes <paramref name="path"/> if it exists.</summary>
    internal static void DeleteIfExists(string path, string purpose)
    {
        try
        {
            File.Delete(path);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing to delete.
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw NotWritable(path, purpose, ex);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The write already failed; that failure is the one to report.
        }
    }

    private static ClaimCheckException NotWritable(string path, string purpose, Exception inner) =>
        new(
            DiagnosticIds.SnapshotFolderNotWritable,
            $"Cannot {purpose} {path}: {inner.Message} Make the snapshot folder {Path.GetDirectoryName(path)} writable "
            + "(snapshots live beside the test source); the verified snapshot was left as it was.",
            inner);
}
