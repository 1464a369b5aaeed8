using ClaimCheck.Statistics;
using StripesWorld.Scenes;

namespace StripesWorld.Data;

/// <summary>
/// The scenes of the world's data: training, and the three claim splits. Each comes from its own seed
/// (<see cref="WorldSeeds"/>), so none shares an example with another (the background noise alone makes every
/// image unique, even two empty scenes).
/// </summary>
public static class WorldData
{
    /// <summary>Examples in the discovery split.</summary>
    public const int DiscoveryCount = 1000;

    /// <summary>Examples in the held-out split.</summary>
    public const int HeldOutCount = 2000;

    /// <summary>Examples in the shifted held-out split.</summary>
    public const int HeldOutShiftedCount = 1000;

    /// <summary><paramref name="count"/> training scenes from the standard distribution.</summary>
    public static SceneSet Training(int count) => FromDistribution(SceneDistribution.Standard, WorldSeeds.Training, count);

    /// <summary>The held-out scenes: the full sparse distribution, every kind present with probability 0.2.</summary>
    public static SceneSet HeldOut() => FromDistribution(SceneDistribution.Standard, WorldSeeds.HeldOut, HeldOutCount);

    /// <summary>The shifted held-out scenes: the same kinds and presence, rendered differently (see <see cref="SceneDistribution.Shifted"/>).</summary>
    public static SceneSet HeldOutShifted() => FromDistribution(SceneDistribution.Shifted, WorldSeeds.HeldOutShifted, HeldOutShiftedCount);

    /// <summary>
    /// The discovery scenes: at most one feature per image, drawn only from <see cref="GroundTruth.DiscoveryKinds"/>,
    /// in equal shares with empty scenes, in a shuffled order. This is the narrow sample a researcher curates.
    /// </summary>
    public static SceneSet Discovery()
    {
        var random = new SeededRandom(WorldSeeds.Discovery);
        var sampler = new SceneSampler(SceneDistribution.Standard);
        // Option 0 is "no feature"; option k is the k-th curated kind. Equal shares keep every class well populated.
        int options = GroundTruth.DiscoveryKinds.Count + 1;
        int[] order = Enumerable.Range(0, DiscoveryCount).Select(i => i % options).ToArray();
        random.Shuffle(order.AsSpan());
        var scenes = new Scene[DiscoveryCount];
        for (int i = 0; i < DiscoveryCount; i++)
        {
            FeatureKind[] kinds = order[i] == 0 ? [] : [GroundTruth.DiscoveryKinds[order[i] - 1]];
            scenes[i] = sampler.Compose(random, kinds);
        }

        return new SceneSet(scenes);
    }

    private static SceneSet FromDistribution(SceneDistribution distribution, ulong seed, int count)
    {
        var random = new SeededRandom(seed);
        var sampler = new SceneSampler(distribution);
        var scenes = new Scene[count];
        for (int i = 0; i < count; i++)
        {
            scenes[i] = sampler.Sample(random);
        }

        return new SceneSet(scenes);
    }
}
