namespace ClaimCheck.Snapshots;

/// <summary>
/// Serializes checks of one snapshot within the process. Atomic moves already keep every file whole; the lock
/// also keeps a check's read-compare-write from interleaving with another's, and spares Windows, where replacing
/// a file another thread is replacing fails. A fixed set of stripes keeps memory flat however many names a run uses.
/// </summary>
internal static class SnapshotPathLocks
{
    private static readonly Lock[] Stripes = Enumerable.Range(0, 64).Select(_ => new Lock()).ToArray();

    // Case-insensitive, so two spellings of one file on Windows or macOS share a stripe.
    internal static Lock For(string path) =>
        Stripes[(StringComparer.OrdinalIgnoreCase.GetHashCode(path) & int.MaxValue) % Stripes.Length];
}
