using FashionMnist.Data;

namespace FashionMnist.Prints;

/// <summary>
/// The prints world's three splits: the base world's image sets (<see cref="FashionSplits"/>: the same images in the
/// same order) with stripes printed on a seeded half of each class, each split from its own seed.
/// </summary>
public static class PrintedSplits
{
    /// <summary>The discovery sample with prints.</summary>
    public static PrintedImages Discovery() => Print(FashionSplits.Discovery(), FashionMnistTarget.DiscoverySplit);

    /// <summary>The held-out split with prints.</summary>
    public static PrintedImages HeldOut() => Print(FashionSplits.HeldOut(), FashionMnistTarget.HeldOutSplit);

    /// <summary>The lighter held-out split with prints: printed first, then lightened.</summary>
    public static PrintedImages HeldOutShifted() =>
        Print(FashionSplits.HeldOutShiftedUnlightened(), FashionMnistTarget.HeldOutShiftedSplit, PixelShift.LighterBackground);

    private static PrintedImages Print(FashionImages plain, string splitName, PixelShift? shift = null) =>
        new(plain, StripePrints.Draw(plain.Labels, StripePrints.SeedOf(splitName)), shift);
}
