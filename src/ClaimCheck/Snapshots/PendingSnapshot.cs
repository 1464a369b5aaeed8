namespace ClaimCheck.Snapshots;

/// <summary>A received snapshot waiting for review, and the verified file accepting it would replace.</summary>
/// <param name="Name">The snapshot name, <c>{Class}.{Method}</c> for attribute claims.</param>
/// <param name="ReceivedPath">The full path of the <c>.received.json</c> file.</param>
/// <param name="VerifiedPath">The full path of the <c>.verified.json</c> file (it may not exist yet).</param>
public sealed record PendingSnapshot(string Name, string ReceivedPath, string VerifiedPath);
