namespace FashionMnist.Tests;

/// <summary>
/// The split fingerprints recorded when the splits were designed (the same values the claim suite's snapshots carry
/// under "fingerprints"); a change of seed, sampling or pixel scaling changes them.
/// </summary>
internal static class PinnedFingerprints
{
    public const string Discovery = "sha256:d46d88b244f0e190";
    public const string HeldOut = "sha256:71ffd1d91d626bdb";
    public const string HeldOutLighter = "sha256:c2c0446f1cb81572";
}
