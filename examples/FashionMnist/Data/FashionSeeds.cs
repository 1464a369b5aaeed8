using ClaimCheck.Statistics;

namespace FashionMnist.Data;

/// <summary>
/// Every seed of the Fashion-MNIST world, derived from one root by purpose, so the training order, each split's sample
/// and the weight initialisation draw from unrelated streams.
/// </summary>
public static class FashionSeeds
{
    /// <summary>The root seed of the world.</summary>
    public const ulong Root = 0xFA51_0000_0000_0001UL;

    /// <summary>The order of the training images per epoch.</summary>
    public static ulong Training { get; } = SeededRandom.Derive(Root, "training");

    /// <summary>The discovery sample of the training set.</summary>
    public static ulong Discovery { get; } = SeededRandom.Derive(Root, "discovery");

    /// <summary>The permutation of the test set that the two held-out splits take disjoint parts of.</summary>
    public static ulong HeldOut { get; } = SeededRandom.Derive(Root, "held-out");

    /// <summary>Which images of each split the prints world prints stripes on, and how strong (per split, derived by its name).</summary>
    public static ulong PrintedStripes { get; } = SeededRandom.Derive(Root, "printed-stripes");

    /// <summary>The seed given to <c>torch.manual_seed</c> before the network's weights are initialised.</summary>
    public static long TorchInitialisation { get; } = (long)(SeededRandom.Derive(Root, "torch-initialisation") >> 1);
}
