using System.Text.Json.Nodes;
using ClaimCheck.Reports;
using ClaimCheck.Running;
using ClaimCheck.Snapshots;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using ClaimCheck.Tests.BuiltTargets;
using ClaimCheck.Verdicts;
using NUnit.Framework;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Snapshots;

/// <summary>
/// A subject that separates a concept perfectly on a split whose examples name their documents has no design effect
/// (both variances are 0): its snapshot must still be written, with the design effect as null.
/// </summary>
public class PerfectSeparationSnapshotTests
{
    [Test]
    public void A_perfect_separation_on_documented_splits_writes_its_snapshot_with_no_design_effect()
    {
        using AuditTarget target = AuditTarget.Build("documents", VectorData.CopyingModel())
            .WithSplits(Split("discovery", SplitRole.Discovery, 1), Split("held-out", SplitRole.HeldOut, 2))
            .WithConcept("a", "component 0 is on")
            .WithDevice(CPU)
            .Create();

        ClaimResult result = ClaimRunner.Run(target, Claim.That(Subjects.Unit("layer", 0)).Detects("a").WithHeldOut().Named("Documents.Unit0"));
        JsonObject document = VerdictDocument.Build(result);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Holds), string.Join("\n", result.Diagnostics));
        Assert.That(() => SnapshotJson.Serialize(document), Throws.Nothing);
        Assert.That(SnapshotJson.Serialize(document), Does.Contain("\"designEffect\": null"));
    }

    // 400 examples of 16 values from 40 documents: component 0 is 1 where a holds and 0 elsewhere, with no noise.
    private static DataSplit Split(string name, SplitRole role, ulong seed)
    {
        const int count = 400;
        var random = new SeededRandom(seed);
        var values = new float[count * VectorData.Width];
        var a = new bool[count];
        for (int i = 0; i < count; i++)
        {
            a[i] = i % 3 == 0;
            values[i * VectorData.Width] = a[i] ? 1f : 0f;
            for (int k = 1; k < VectorData.Width; k++)
            {
                values[(i * VectorData.Width) + k] = (float)random.NextGaussian();
            }
        }

        return new DataSplit(name, role, values, [VectorData.Width], new Dictionary<string, bool[]> { ["a"] = a })
        {
            Documents = [.. Enumerable.Range(0, count).Select(i => $"{name}-{i % 40}")],
        };
    }
}
