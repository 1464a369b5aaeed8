using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Statistics;
using StripesWorld.Data;
using StripesWorld.Model;
using StripesWorld.Rendering;
using StripesWorld.Scenes;

namespace StripesWorld.Train;

/// <summary>
/// Checks the world's promises and prints PASS or FAIL for each: rendering is pure and localized, edits re-render
/// exactly, the splits are disjoint and shaped as documented, the head decodes every feature, the bottleneck is in
/// superposition, and the designed illusion (<see cref="GroundTruth"/>) still holds for these weights.
/// </summary>
internal sealed class SelfChecks
{
    private int _failures;

    public bool AllPassed => _failures == 0;

    public void Run(StripesWorldTarget world, ExploreReport report, string? weightsPath)
    {
        Console.WriteLine();
        Console.WriteLine("== Self-checks ==");
        CheckRendering();
        CheckSplits(world);
        CheckModel(world, report, weightsPath);
        CheckIllusion(report);
        Console.WriteLine(AllPassed ? "all self-checks passed" : $"{_failures} self-check(s) FAILED");
    }

    private void Check(bool passed, string what)
    {
        Console.WriteLine($"{(passed ? "PASS" : "FAIL")}  {what}");
        if (!passed)
        {
            _failures++;
        }
    }

    private void CheckRendering()
    {
        var random = new SeededRandom(SeededRandom.Derive(WorldSeeds.Root, "self-checks"));
        var sampler = new SceneSampler(SceneDistribution.Standard);
        Scene scene = sampler.Sample(random);
        Check(SceneRenderer.Render(scene).AsSpan().SequenceEqual(SceneRenderer.Render(scene)), "rendering the same scene twice gives the same pixels");

        bool inRange = true, localized = true, visible = true;
        foreach (FeatureKind kind in FeatureKinds.All)
        {
            for (int i = 0; i < 20; i++)
            {
                Scene single = sampler.Compose(random, [kind]) with { NoiseLevel = 0 };
                FeatureInstance f = single.Features[0];
                float[] pixels = SceneRenderer.Render(single);
                inRange &= pixels.All(p => p is >= 0 and <= 1);
                visible &= pixels.Max() > 0.4 * f.Contrast;
                int lit = 0, far = 0;
                for (int p = 0; p < pixels.Length; p++)
                {
                    if (pixels[p] > 0)
                    {
                        lit++;
                        double dx = (p % SceneRenderer.Side) + 0.5 - f.X, dy = (p / SceneRenderer.Side) + 0.5 - f.Y;
                        far += Math.Sqrt((dx * dx) + (dy * dy)) > f.Size + 1.5 ? 1 : 0;
                    }
                }

                localized &= far == 0 && lit < SceneRenderer.PixelCount / 2;
            }
        }

        Check(inRange, "pixels lie in [0, 1]");
        Check(visible, "every kind is visible (peak above 0.4 of its contrast)");
        Check(localized, "every kind is localized: no lit pixel farther than Size + 1.5 from its centre, under half the image lit");

        Scene withExtra = scene.Add(sampler.SampleInstance(random, FeatureKind.Crosses, scene.Features));
        Scene removedAgain = withExtra.RemoveAt(withExtra.Features.Length - 1);
        Check(removedAgain.Equals(scene) && SceneRenderer.Render(removedAgain).AsSpan().SequenceEqual(SceneRenderer.Render(scene)),
            "adding then removing an instance gives back the same scene and pixels");
    }

    private void CheckSplits(StripesWorldTarget world)
    {
        var discoveryHashes = new HashSet<ulong>(world.Discovery!.ExampleHashes);
        bool disjoint = world.HeldOutSplits.All(s => !s.ExampleHashes.Any(discoveryHashes.Contains))
            && !world.HeldOutSplits[0].ExampleHashes.Intersect(world.HeldOutSplits[1].ExampleHashes).Any();
        Check(disjoint, "discovery, held-out and held-out-shifted share no example (content hash)");

        IReadOnlyList<Scene> discovery = world.ScenesOf(StripesWorldTarget.DiscoverySplit);
        Check(discovery.All(s => s.Features.Length <= 1 && s.Features.All(f => GroundTruth.DiscoveryKinds.Contains(f.Kind))),
            $"discovery: at most one feature per image, only {string.Join(", ", GroundTruth.DiscoveryKinds.Select(k => k.ConceptName()))}");
        IReadOnlyList<Scene> heldOut = world.ScenesOf(StripesWorldTarget.HeldOutSplit);
        double meanFeatures = heldOut.Average(s => s.Features.Length);
        Check(meanFeatures is > 1.4 and < 1.8, FormattableString.Invariant($"held-out: {meanFeatures:0.00} features per scene on average (expected 1.6 at p = 0.2)"));
    }

    private void CheckModel(StripesWorldTarget world, ExploreReport report, string? weightsPath)
    {
        if (weightsPath is not null && File.Exists(weightsPath))
        {
            long bytes = new FileInfo(weightsPath).Length;
            Check(bytes < 1_000_000, $"weights file is small: {bytes / 1024.0:0} KiB");
        }

        float[] hooked = world.Activations.Get(world.Split(StripesWorldTarget.HeldOutSplit), StripesNet.BottleneckPath, Reduction.Max).ToArray();
        float[] encoded = StripesNetRunner.Bottleneck(world.Network, world.Split(StripesWorldTarget.HeldOutSplit).Values);
        Check(hooked.AsSpan().SequenceEqual(encoded) && hooked.All(v => v >= 0),
            "a hook at path 'bottleneck' sees the post-ReLU activations (equal to Encode, all >= 0)");

        WorldScores heldOut = report.HeldOut;
        double worst = FeatureKinds.All.Min(k => heldOut.Auroc(heldOut.Logit(k), k));
        Check(worst >= 0.9, FormattableString.Invariant($"the head decodes every feature on held-out: lowest AUROC {worst:0.000} >= 0.9"));

        // Superposition, from the response profile: a unit carries a feature when the feature moves it from its
        // empty-scene level by at least a quarter of the unit's largest such move (either sign: some units code by
        // switching off).
        int[] carried = Enumerable.Range(0, StripesNet.BottleneckUnits).Select(u =>
        {
            double[] moves = FeatureKinds.All.Select(k => Math.Abs(report.Profile[(int)k + 1][u] - report.Profile[0][u])).ToArray();
            return moves.Count(m => m >= 0.25 * moves.Max());
        }).ToArray();
        Check(carried.All(c => c >= 2),
            $"superposition: features carried per unit = [{string.Join(", ", carried)}] (every unit carries two or more)");
    }

    private void CheckIllusion(ExploreReport report)
    {
        WorldScores discovery = report.Scores[StripesWorldTarget.DiscoverySplit];
        WorldScores heldOut = report.HeldOut;
        double[] unitOnDiscovery = discovery.Unit(GroundTruth.StripesUnit);
        double[] unitHeldOut = heldOut.Unit(GroundTruth.StripesUnit);
        double discoveryAuroc = discovery.Auroc(unitOnDiscovery, FeatureKind.Stripes);
        Check(discoveryAuroc >= 0.95, FormattableString.Invariant($"unit {GroundTruth.StripesUnit} looks like stripes on discovery: AUROC {discoveryAuroc:0.000} >= 0.95"));
        Check(!GroundTruth.OtherPreferences.Any(GroundTruth.DiscoveryKinds.Contains),
            $"the unit's other preferences ({string.Join(", ", GroundTruth.OtherPreferences.Select(k => k.ConceptName()))}) never appear in discovery");
        bool[] noStripes = heldOut.Labels(FeatureKind.Stripes).Select(l => !l).ToArray();
        double hidden = Auroc.Among(unitHeldOut, heldOut.Labels(GroundTruth.HiddenPreference), noStripes);
        Check(hidden >= 0.75, FormattableString.Invariant(
            $"held-out: among scenes without stripes, unit {GroundTruth.StripesUnit} responds to {GroundTruth.HiddenPreference.ConceptName()}: AUROC {hidden:0.000} >= 0.75"));
    }
}
