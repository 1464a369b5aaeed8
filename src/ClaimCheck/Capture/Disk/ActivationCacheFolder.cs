using ClaimCheck.Diagnostics;

namespace ClaimCheck.Capture.Disk;

/// <summary>
/// The activation store's folder as a whole, for people and tools (<c>claimcheck cache</c>): its entries and their size,
/// and clearing them. Only files named as the store names them are listed or deleted.
/// </summary>
public sealed class ActivationCacheFolder
{
    /// <summary>The folder at <paramref name="path"/> (it need not exist).</summary>
    public ActivationCacheFolder(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>
    /// The entries, by file name, each described by its header (checked, with its checksum, but the data is not read:
    /// the data's checksums are verified when a run loads it). None when the folder does not exist; CLM4103 when a file
    /// stands where it should be.
    /// </summary>
    public IReadOnlyList<ActivationCacheEntry> Entries() =>
        Files(ActivationCacheNames.IsEntry).Select(Describe).ToArray();

    /// <summary>Temporary files of writes in progress, or of writers that died (deleted by the next run once an hour old).</summary>
    public IReadOnlyList<string> UnfinishedWrites() =>
        Files(ActivationCacheNames.IsTemporary).Select(f => f.FullName).ToArray();

    /// <summary>Deletes every entry and temporary file; returns how many files were deleted. Other files stay.</summary>
    public int Clear()
    {
        int deleted = 0;
        foreach (FileInfo file in Files(name => ActivationCacheNames.IsEntry(name) || ActivationCacheNames.IsTemporary(name)))
        {
            try
            {
                file.Delete();
                deleted++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ClaimCheckException(DiagnosticIds.ActivationCacheUnusable, $"the activation cache entry {file.FullName} cannot be deleted: {e.Message}", e);
            }
        }

        return deleted;
    }

    private List<FileInfo> Files(Func<string, bool> named)
    {
        if (File.Exists(Path))
        {
            throw new ClaimCheckException(DiagnosticIds.ActivationCacheUnusable,
                $"the activation cache folder {Path} is a file; point {ActivationCacheSetting.EnvironmentVariable} at a folder");
        }

        if (!Directory.Exists(Path))
        {
            return [];
        }

        try
        {
            return new DirectoryInfo(Path).EnumerateFiles().Where(f => named(f.Name)).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ClaimCheckException(DiagnosticIds.ActivationCacheUnusable, $"the activation cache folder {Path} cannot be listed: {e.Message}", e);
        }
    }

    private static ActivationCacheEntry Describe(FileInfo file)
    {
        try
        {
            using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            ActivationFileHeader header = ActivationFileHeader.Read(stream);
            return new ActivationCacheEntry(file.FullName, file.Length, file.LastWriteTimeUtc)
            {
                Layer = ActivationKey.Part(header.Key, "layer"),
                Reduction = ActivationKey.Part(header.Key, "reduction"),
                Model = ActivationKey.Part(header.Key, "model"),
                Data = ActivationKey.Part(header.Key, "data"),
                Rows = header.Layout.Rows,
                Units = header.Layout.Units,
            };
        }
        catch (ActivationFileDamagedException e)
        {
            return new ActivationCacheEntry(file.FullName, file.Length, file.LastWriteTimeUtc) { Problem = e.Message };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ActivationCacheEntry(file.FullName, file.Length, file.LastWriteTimeUtc) { Problem = $"cannot be read ({e.Message})" };
        }
    }
}
