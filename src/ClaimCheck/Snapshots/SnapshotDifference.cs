namespace ClaimCheck.Snapshots;

/// <summary>One semantic difference between the verified and the received snapshot.</summary>
/// <param name="Path">Where it is, as a JSON path such as <c>$.evidence.heldOut.auroc</c> or <c>$.seeds[2]</c>.</param>
/// <param name="Verified">The verified value as compact JSON, or <see langword="null"/> when the verified snapshot lacks it.</param>
/// <param name="Received">The received value as compact JSON, or <see langword="null"/> when the received snapshot lacks it.</param>
public sealed record SnapshotDifference(string Path, string? Verified, string? Received);
