namespace ClaimCheck.Snapshots;

/// <summary>The result of checking one received snapshot against its verified file.</summary>
/// <param name="Status">What the check found.</param>
/// <param name="VerifiedPath">The full path of the <c>.verified.json</c> file.</param>
/// <param name="ReceivedPath">The full path of the <c>.received.json</c> file written for review, or <see langword="null"/> when none is left (matched or accepted).</param>
/// <param name="Message">A readable account: why it failed, the differences, and how to accept.</param>
/// <param name="DiagnosticId">CLM4001, CLM4002 or CLM4003 when the check failed; <see langword="null"/> when it matched or accepted.</param>
/// <param name="Differences">The semantic differences found, empty when there was nothing to compare with.</param>
public sealed record SnapshotOutcome(
    SnapshotStatus Status,
    string VerifiedPath,
    string? ReceivedPath,
    string Message,
    string? DiagnosticId,
    IReadOnlyList<SnapshotDifference> Differences);
