namespace ClaimCheck.Capture.Disk;

/// <summary>One entry of the activation store on disk, as its header describes it (for listings; the data is not read).</summary>
public sealed class ActivationCacheEntry
{
    internal ActivationCacheEntry(string path, long bytes, DateTime lastWriteUtc)
    {
        Path = path;
        Bytes = bytes;
        LastWriteUtc = lastWriteUtc;
    }

    /// <summary>The entry's file.</summary>
    public string Path { get; }

    /// <summary>The file's length.</summary>
    public long Bytes { get; }

    /// <summary>When it was written.</summary>
    public DateTime LastWriteUtc { get; }

    /// <summary>The layer captured, or null when the header cannot be read.</summary>
    public string? Layer { get; internal init; }

    /// <summary>The spatial reduction (Max, Mean), or null when the header cannot be read.</summary>
    public string? Reduction { get; internal init; }

    /// <summary>The model's fingerprint (its weights), or null when the header cannot be read.</summary>
    public string? Model { get; internal init; }

    /// <summary>The data split's fingerprint, or null when the header cannot be read.</summary>
    public string? Data { get; internal init; }

    /// <summary>Examples (rows).</summary>
    public long Rows { get; internal init; }

    /// <summary>Units (columns).</summary>
    public int Units { get; internal init; }

    /// <summary>Why the store would not use the entry (its header is damaged, or from another format), or null when its header is sound.</summary>
    public string? Problem { get; internal init; }
}
