using System.Diagnostics;
using System.Globalization;
using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Running;
using ClaimCheck.Targets;
using StripesWorld;
using StripesWorld.Model;
using StripesWorld.Scenes;
using static TorchSharp.torch;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// The wall time of a suite of N claims on the stripes world (a fresh target each time, so the capture is included),
/// against the forward passes that suite strictly needs, timed with plain TorchSharp in the same run: one pass over
/// every split (the capture every held-out claim shares) plus, per ablation claim, one pass of the layers after the
/// bottleneck for the subject and for each null draw over the held-out split. Reported as ratios.
/// </summary>
internal static class SuiteBenchmark
{
    public static int Run(IReadOnlyList<int> sizes)
    {
        ClaimDefinition[] pool = Pool();
        Console.WriteLine($"claim pool: {pool.Length} claims (units and directions of the bottleneck × concepts; every fifth unit claim a Drives claim with mean ablation, 200 null draws); threads: {get_num_threads()}");
        Console.WriteLine("claims | suite s | floor s | ratio | ms per claim | results digest");
        foreach (int size in sizes)
        {
            ClaimDefinition[] suite = pool.Take(size).ToArray();
            using var target = new StripesWorldTarget();
            var results = new List<ClaimResult>();
            var clock = Stopwatch.StartNew();
            foreach (ClaimDefinition claim in suite)
            {
                results.Add(ClaimRunner.Run(target, claim));
            }

            double suiteSeconds = clock.Elapsed.TotalSeconds;
            // The floor runs twice and the faster run counts, so allocator and kernel warm-up do not inflate it.
            int ablations = suite.Count(c => c.Ablation is not null);
            double floorSeconds = Math.Min(Floor(target, ablations), Floor(target, ablations));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size,6} | {suiteSeconds,7:0.00} | {floorSeconds,7:0.00} | {suiteSeconds / floorSeconds,5:0.0} | {1000 * suiteSeconds / size,8:0} | {ResultsDigest.Of(results)}"));
        }

        return 0;
    }

    private static ClaimDefinition[] Pool()
    {
        var claims = new List<ClaimDefinition>();
        string[] concepts = [.. FeatureKinds.All.Select(k => k.ConceptName())];
        int index = 0;
        foreach (string concept in concepts)
        {
            for (int unit = 0; unit < StripesNet.BottleneckUnits; unit++)
            {
                bool drives = index % 5 == 4;
                ClaimBuilder builder = Claim.That(Subjects.Unit(StripesNet.BottleneckPath, unit));
                builder = drives
                    ? builder.Drives(concept).WithAblation(concept, AblationKind.Mean)
                    : builder.Means(concept).WithHeldOut();
                claims.Add(builder.Named($"Bench.Unit{unit}.{concept}"));
                index++;
            }

            foreach (string direction in new[] { StripesWorldTarget.StripesReadout, StripesWorldTarget.StripesProbe })
            {
                claims.Add(Claim.That(Subjects.Direction(StripesNet.BottleneckPath, direction)).Means(concept).WithHeldOut().Named($"Bench.{direction}.{concept}"));
            }
        }

        return [.. claims];
    }

    private static double Floor(StripesWorldTarget target, int ablationClaims)
    {
        // The target's model is the network as a Sequential chain, which frees each intermediate as soon as the next
        // layer has it: the cheapest plain forward pass TorchSharp offers here.
        nn.Module<Tensor, Tensor> model = target.Model;

        // An ablation claim needs the layers after the bottleneck run once for the subject and once per null draw on
        // the held-out bottleneck values, which the split passes below already compute; they are read untimed.
        DataSplit heldOut = target.HeldOutSplits[0];
        float[] bottleneckValues = target.Activations.Get(heldOut, StripesNet.BottleneckPath, Reduction.Max).ToArray();
        using Tensor bottleneck = tensor(bottleneckValues, [heldOut.Count, StripesNet.BottleneckUnits]);

        var clock = Stopwatch.StartNew();
        foreach (DataSplit split in target.Splits)
        {
            ForwardAll(split, x => model.call(x), target.BatchSize);
        }

        using (var inference = inference_mode())
        {
            for (int pass = 0; pass < ablationClaims * (new AblationEngineSettings().NullDraws + 1); pass++)
            {
                target.Network.Decode(bottleneck).Dispose();
            }
        }

        return clock.Elapsed.TotalSeconds;
    }

    private static void ForwardAll(DataSplit split, Func<Tensor, Tensor> forward, int batchSize)
    {
        for (int start = 0; start < split.Count; start += batchSize)
        {
            using var scope = NewDisposeScope();
            using var inference = inference_mode();
            forward(Batch(split, start, Math.Min(batchSize, split.Count - start)));
        }
    }

    private static Tensor Batch(DataSplit split, int start, int count) =>
        tensor(split.Values.Slice(start * split.ValuesPerExample, count * split.ValuesPerExample).ToArray(), [count, .. split.ExampleShape]);
}
