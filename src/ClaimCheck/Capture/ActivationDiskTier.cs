using System.Collections.Concurrent;
using ClaimCheck.Capture.Disk;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Capture;

/// <summary>
/// The activation store's second tier: one folder of activation files shared by every run and process that points at
/// it. An entry is read only when its header, its key and every checksum agree; anything else is deleted and captured
/// again. Entries are written under a temporary name and published by a rename that never replaces a file, so readers
/// only ever see complete files, and when two processes capture the same entry at once the first to publish wins.
/// Trouble with the folder never fails a claim: it is reported (CLM4103, CLM4104) and the activations stay in memory.
/// </summary>
internal sealed class ActivationDiskTier
{
    /// <summary>Temporary files untouched for this long belong to writers that died; the next process to open the folder deletes them.</summary>
    public static readonly TimeSpan StaleTemporaryAge = TimeSpan.FromHours(1);

    private static readonly ConcurrentDictionary<string, Lazy<ActivationDiskTier?>> Shared = new(StringComparer.Ordinal);

    private readonly Action<Diagnostic> _report;
    private readonly int _blockRows;
    private readonly Action<long>? _afterBlock;
    private readonly long _inMemoryValues;
    private int _writeFailed;

    private ActivationDiskTier(string folder, Action<Diagnostic> report, int blockRows, Action<long>? afterBlock, long inMemoryValues)
    {
        _inMemoryValues = inMemoryValues;
        Folder = folder;
        _report = report;
        _blockRows = blockRows;
        _afterBlock = afterBlock;
    }

    /// <summary>The folder the entries live in.</summary>
    public string Folder { get; }

    /// <summary>
    /// The tier the setting (<see cref="ActivationCacheSetting"/>) names, shared by every store of this process that
    /// uses the same folder; null when the setting is <c>off</c> or the folder cannot be used (reported once).
    /// </summary>
    public static ActivationDiskTier? FromSetting()
    {
        string? folder = ActivationCacheSetting.Folder();
        return folder is null
            ? null
            : Shared.GetOrAdd(folder, f => new Lazy<ActivationDiskTier?>(() => Open(f, ReportToStandardError))).Value;
    }

    /// <summary>
    /// Opens <paramref name="folder"/> (creating it), or reports CLM4103 through <paramref name="report"/> and returns
    /// null when it cannot be used. Deletes temporary files older than <see cref="StaleTemporaryAge"/>.
    /// <paramref name="blockRows"/>, <paramref name="afterBlock"/> and <paramref name="inMemoryValues"/> are for tests (small blocks, a write that stalls or fails, a small matrix kept on disk).
    /// </summary>
    public static ActivationDiskTier? Open(
        string folder, Action<Diagnostic> report, int blockRows = ActivationFileLayout.DefaultBlockRows, Action<long>? afterBlock = null,
        long inMemoryValues = ActivationMatrixSize.InMemoryValues)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(report);
        if (!BitConverter.IsLittleEndian)
        {
            report(Unusable(folder, "activation files are little-endian and this machine is not"));
            return null;
        }

        try
        {
            if (File.Exists(folder))
            {
                report(Unusable(folder, "a file stands where the folder should be"));
                return null;
            }

            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            report(Unusable(folder, $"it cannot be created ({e.Message})"));
            return null;
        }

        var tier = new ActivationDiskTier(folder, report, blockRows, afterBlock, inMemoryValues);
        tier.RemoveStaleTemporaries(DateTime.UtcNow);
        return tier;
    }

    /// <summary>Where the entry for <paramref name="key"/> is published.</summary>
    public string EntryPath(ActivationKey key) => Path.Combine(Folder, ActivationCacheNames.Entry(key.FileStem));

    /// <summary>
    /// The activations stored under <paramref name="key"/>, checked throughout, or null when there is no usable entry
    /// (none, or a damaged or stale one, which is deleted and reported as CLM4104). Throws CLM5015 when the entry is
    /// sound but too large to load into memory.
    /// </summary>
    public ActivationMatrix? TryLoad(ActivationKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        string path = EntryPath(key);
        try
        {
            using ActivationFileReader reader = ActivationFileReader.Open(path);
            ActivationFileHeader header = reader.Header;
            if (header.Key != key.Text)
            {
                throw new ActivationFileDamagedException("its header holds another key (the file was renamed, or two keys share a hash)");
            }

            if (header.Layout.Rows * header.Layout.Units > _inMemoryValues)
            {
                // Too large to hold: read in place, each segment checked as it is read.
                reader.Dispose();
                return new ActivationMatrix(ActivationFileBlocks.Open(path, key.Text));
            }

            return new ActivationMatrix(reader.ReadRowMajor(), (int)header.Layout.Rows, header.Layout.Units);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (ActivationFileDamagedException e)
        {
            _report(new Diagnostic(DiagnosticIds.ActivationCacheEntryDamaged, Severity.Info,
                $"the activation cache entry {path} is not used: {e.Message}; it is deleted and the activations captured again"));
            TryDelete(path);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _report(new Diagnostic(DiagnosticIds.ActivationCacheEntryDamaged, Severity.Info,
                $"the activation cache entry {path} cannot be read ({e.Message}); the activations are captured again"));
            return null;
        }
    }

    /// <summary>
    /// Stores <paramref name="matrix"/> under <paramref name="key"/>: written to a temporary file beside the entry, then
    /// renamed to the entry's name unless another writer published it first (then theirs is kept). A failed write
    /// deletes its temporary file, reports CLM4103 once, and stops this tier from writing again in this process.
    /// </summary>
    public void Save(ActivationKey key, ActivationMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(matrix);
        if (Volatile.Read(ref _writeFailed) != 0 || matrix.Rows == 0 || matrix.Units == 0)
        {
            return;
        }

        string temporary = Path.Combine(Folder, ActivationCacheNames.Temporary(key.FileStem));
        try
        {
            ActivationFileWriter.Write(temporary, key.Text, matrix.Values, matrix.Rows, matrix.Units, _blockRows, _afterBlock);
            Publish(temporary, EntryPath(key));
        }
        catch (ArgumentOutOfRangeException)
        {
            // A shape the format does not take (a key over 64 KiB, more segments than a header holds): the matrix is
            // fine in memory, it just is not stored.
            TryDelete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            if (Interlocked.Exchange(ref _writeFailed, 1) == 0)
            {
                _report(Unusable(Folder, $"an entry could not be written ({e.Message})"));
            }
        }
    }

    /// <summary>Deletes temporary files last written before <paramref name="now"/> minus <see cref="StaleTemporaryAge"/>; returns how many.</summary>
    public int RemoveStaleTemporaries(DateTime now)
    {
        int removed = 0;
        try
        {
            foreach (FileInfo file in new DirectoryInfo(Folder).EnumerateFiles("*.tmp"))
            {
                if (ActivationCacheNames.IsTemporary(file.Name) && now - file.LastWriteTimeUtc > StaleTemporaryAge && TryDelete(file.FullName))
                {
                    removed++;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Cleaning up is a courtesy; a folder that cannot be listed shows its trouble on the first read or write.
        }

        return removed;
    }

    /// <summary>
    /// Starts an entry too large to hold in memory (more than the tier's in-memory limit,
    /// <see cref="ActivationMatrixSize.InMemoryValues"/> unless a test sets it): a capture appends its batches as they
    /// come, and <see cref="LargeEntry.Complete"/> publishes the file and returns the matrix read from it in place. Null
    /// when the matrix fits in memory, or when this tier no longer writes (an earlier write failed).
    /// </summary>
    public LargeEntry? BeginLarge(ActivationKey key, long rows, int units)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (rows * units <= _inMemoryValues || Volatile.Read(ref _writeFailed) != 0)
        {
            return null;
        }

        string temporary = Path.Combine(Folder, ActivationCacheNames.Temporary(key.FileStem));
        return new LargeEntry(this, key, temporary, new ActivationFileWriter(temporary, key.Text, rows, units, BlockRowsFor(units), _afterBlock));
    }

    /// <summary>Rows per block for a layer of <paramref name="units"/> units (<see cref="ActivationFileLayout.BlockRowsFor"/>).</summary>
    private int BlockRowsFor(int units) => ActivationFileLayout.BlockRowsFor(units, _blockRows);

    /// <summary>An entry being written batch by batch; disposing it unfinished deletes the temporary file.</summary>
    internal sealed class LargeEntry(ActivationDiskTier tier, ActivationKey key, string temporary, ActivationFileWriter writer) : IDisposable
    {
        private bool _done;

        /// <summary>Appends the next rows, row-major.</summary>
        public void Append(ReadOnlySpan<float> rows) => writer.Append(rows);

        /// <summary>Writes the header, publishes the entry, and opens it for reading in place.</summary>
        public ActivationMatrix Complete()
        {
            writer.Complete();
            writer.Dispose();
            string entry = tier.EntryPath(key);
            Publish(temporary, entry);
            _done = true;
            return new ActivationMatrix(ActivationFileBlocks.Open(entry, key.Text));
        }

        public void Dispose()
        {
            writer.Dispose();
            if (!_done)
            {
                TryDelete(temporary);
            }
        }
    }

    private static void Publish(string temporary, string entry)
    {
        try
        {
            // Never over an existing file: a rename that replaces could swap an entry under a reader's feet, and the
            // one already there is as good as this one (same key, checked on every read).
            File.Move(temporary, entry, overwrite: false);
        }
        catch (IOException) when (File.Exists(entry))
        {
            TryDelete(temporary);
        }
    }

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static Diagnostic Unusable(string folder, string why) =>
        new(DiagnosticIds.ActivationCacheUnusable, Severity.Warning,
            $"the activation cache folder {folder} cannot be used: {why}; activations stay in memory for this run (set {ActivationCacheSetting.EnvironmentVariable} to a writable folder, or to '{ActivationCacheSetting.Off}')");

    private static void ReportToStandardError(Diagnostic diagnostic) => Console.Error.WriteLine(diagnostic.ToString());
}
