namespace ClaimCheck.Snapshots;

/// <summary>What checking a received snapshot against the verified one found.</summary>
public enum SnapshotStatus
{
    /// <summary>The received snapshot equals the verified one (numbers within tolerance).</summary>
    Matched,

    /// <summary>There is no verified snapshot yet; the received one was written for review.</summary>
    Missing,

    /// <summary>The received snapshot differs from the verified one; the received one was written for review.</summary>
    Different,

    /// <summary>The verified snapshot cannot be read (malformed JSON or merge-conflict markers).</summary>
    Malformed,

    /// <summary>Accepting was asked for: the received snapshot replaced a missing, differing or malformed one.</summary>
    Accepted,
}
