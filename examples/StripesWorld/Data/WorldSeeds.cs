using ClaimCheck.Statistics;

namespace StripesWorld.Data;

/// <summary>
/// Every seed of the world, derived from one root by purpose (<see cref="SeededRandom.Derive"/>), so the training
/// data, each claim split and the weight initialisation draw from unrelated streams and adding a purpose shifts none
/// of the others.
/// </summary>
public static class WorldSeeds
{
    /// <summary>The root seed of the stripes world.</summary>
    public const ulong Root = 0x5781_9E50_0000_0001UL;

    /// <summary>The training scenes and their order per epoch (never used by a claim split).</summary>
    public static ulong Training { get; } = SeededRandom.Derive(Root, "training");

    /// <summary>The discovery split.</summary>
    public static ulong Discovery { get; } = SeededRandom.Derive(Root, "discovery");

    /// <summary>The held-out split.</summary>
    public static ulong HeldOut { get; } = SeededRandom.Derive(Root, "held-out");

    /// <summary>The shifted held-out split.</summary>
    public static ulong HeldOutShifted { get; } = SeededRandom.Derive(Root, "held-out-shifted");

    /// <summary>The seed given to <c>torch.manual_seed</c> before the network's weights are initialised.</summary>
    public static long TorchInitialisation { get; } = (long)(SeededRandom.Derive(Root, "torch-initialisation") >> 1);
}
