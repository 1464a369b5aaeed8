using StripesWorld;
using StripesWorld.Model;
using static TorchSharp.torch;

namespace ClaimCheck.Validity.Targets;

/// <summary>
/// The stripes world with its network's weights freshly initialised instead of trained: the same architecture, data,
/// concepts and layer paths, and no unit shaped to mean anything.
/// </summary>
public static class RandomStripesNet
{
    /// <summary>
    /// The stripes world around a <see cref="StripesNet"/> initialised from TorchSharp's CPU generator seeded with
    /// <paramref name="seed"/> (its default initialisation, plus the architecture's non-negative bottleneck weights).
    /// </summary>
    public static StripesWorldTarget Target(ulong seed)
    {
        // The generator is global: seeding it right before construction makes the weights a function of the seed.
        manual_seed(unchecked((long)seed));
        return new StripesWorldTarget(new StripesNet());
    }
}
