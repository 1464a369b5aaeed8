using ClaimCheck.Statistics;
using StripesWorld.Data;
using StripesWorld.Model;
using StripesWorld.Scenes;

namespace StripesWorld.Train;

/// <summary>
/// Mean bottleneck activation per unit on clean single-feature scenes of each kind (and on empty scenes): the view a
/// designer uses to see which features a unit responds to, and so to pick the discovery subset.
/// </summary>
internal static class ResponseProfile
{
    private const int PerKind = 200;

    /// <summary>Rows: "none" then each kind; columns: the bottleneck units.</summary>
    public static double[][] Measure(StripesNet model)
    {
        var random = new SeededRandom(SeededRandom.Derive(WorldSeeds.Root, "explore-response-profile"));
        var sampler = new SceneSampler(SceneDistribution.Standard);
        var rows = new List<double[]>();
        foreach (FeatureKind? kind in new FeatureKind?[] { null }.Concat(FeatureKinds.All.Select(k => (FeatureKind?)k)))
        {
            var scenes = new Scene[PerKind];
            for (int i = 0; i < PerKind; i++)
            {
                scenes[i] = sampler.Compose(random, kind is FeatureKind k ? [k] : []);
            }

            float[] activations = StripesNetRunner.Bottleneck(model, new SceneSet(scenes).Pixels);
            var mean = new double[StripesNet.BottleneckUnits];
            for (int i = 0; i < PerKind; i++)
            {
                for (int u = 0; u < mean.Length; u++)
                {
                    mean[u] += activations[(i * mean.Length) + u] / PerKind;
                }
            }

            rows.Add(mean);
        }

        return [.. rows];
    }
}
