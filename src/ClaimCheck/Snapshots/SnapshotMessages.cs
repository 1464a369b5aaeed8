using ClaimCheck.Diagnostics;

namespace ClaimCheck.Snapshots;

/// <summary>The texts of snapshot outcomes: each says what happened and what to do next.</summary>
internal static class SnapshotMessages
{
    private const string AcceptHint = $"set {SnapshotSettings.AcceptVariable}=1 and run the test again locally";

    internal static string Matched(string name, string verifiedPath) =>
        $"Snapshot {name} matches {verifiedPath}.";

    internal static string Missing(string name, string verifiedPath, string receivedPath) =>
        $"There is no verified snapshot for {name} yet, and a new snapshot never passes by itself. "
        + $"Review the received snapshot {receivedPath}, then accept it: {AcceptHint}, or move it to {verifiedPath}. "
        + "Commit the .verified.json file.";

    internal static string Different(string name, string verifiedPath, string receivedPath, string diff) =>
        $"Snapshot {name} differs from {verifiedPath}; the received snapshot is {receivedPath}.\n{diff}"
        + $"If the change is intended, accept it: {AcceptHint}, or move the received file over the verified one.";

    internal static string Malformed(string name, string verifiedPath, string receivedPath, string problem) =>
        $"The verified snapshot of {name} cannot be used: {problem}\nThe received snapshot is {receivedPath}. "
        + $"Repair {verifiedPath}, or accept the received snapshot in its place: {AcceptHint}, or move it over the verified one.";

    internal static string Accepted(string name, string verifiedPath, SnapshotStatus was, string? diff) =>
        $"Accepted snapshot {name}: {verifiedPath} {Was(was)} and now holds the received snapshot; review and commit it."
        + (diff is null ? "" : $"\n{diff}");

    internal static string AcceptRefusedInCi() =>
        $"\n{DiagnosticIds.AcceptRefusedInCi}: accept refused under CI=true. {SnapshotSettings.AcceptVariable} is ignored in CI "
        + "so that a pipeline never approves its own snapshots; accept locally and commit the .verified.json file.";

    private static string Was(SnapshotStatus status) => status switch
    {
        SnapshotStatus.Missing => "was missing",
        SnapshotStatus.Different => "differed",
        SnapshotStatus.Malformed => "was malformed",
        _ => "was replaced",
    };
}
