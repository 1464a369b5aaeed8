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

    /// <summary>The prints world's discovery split (the same images, a seeded half of each class printed).</summary>
    public const string PrintsDiscovery = "sha256:3c701e4c4ba17353";

    /// <summary>The prints world's held-out split.</summary>
    public const string PrintsHeldOut = "sha256:f724fc2140c54198";

    /// <summary>The prints world's lighter held-out split.</summary>
    public const string PrintsHeldOutLighter = "sha256:aa332cdde7d9721f";
}
