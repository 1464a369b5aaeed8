using ClaimCheck;
using ClaimCheck.Claims;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Reports;
using ClaimCheck.Running;
using ClaimCheck.Snapshots;
using NUnit.Framework;
using StripesWorld.Model;
using static TorchSharp.torch;

namespace StripesWorld.Tests.Determinism;

/// <summary>The same claim gives the same snapshot: byte for byte on one machine, within tolerance across thread counts.</summary>
[NonParallelizable]
public class SnapshotDeterminismTests
{
    private static readonly ClaimDefinition[] Claims =
    [
        Claim.That(Subjects.Unit(StripesNet.BottleneckPath, 3)).Means("stripes").WithHeldOut().WithEdits().Named("Determinism.Unit3"),
        Claim.That(Subjects.Direction(StripesNet.BottleneckPath, StripesWorldTarget.StripesReadout)).Drives("stripes")
            .WithAblation("stripes", AblationKind.Mean).Named("Determinism.ReadoutDrives"),
    ];

    private static string Snapshot(ClaimDefinition claim, int threads)
    {
        int before = get_num_threads();
        set_num_threads(threads);
        try
        {
            // A fresh world each time, so the capture itself runs under the thread count being tested.
            using var world = new StripesWorldTarget();
            return SnapshotJson.Serialize(VerdictDocument.Build(ClaimRunner.Run(world, claim)));
        }
        finally
        {
            set_num_threads(before);
        }
    }

    [TestCaseSource(nameof(Claims))]
    public void Running_a_claim_twice_gives_byte_identical_snapshots(ClaimDefinition claim)
    {
        string first = Snapshot(claim, 2);
        string second = Snapshot(claim, 2);

        Assert.That(second, Is.EqualTo(first));
    }

    [TestCaseSource(nameof(Claims))]
    public void The_thread_count_does_not_change_the_snapshot_beyond_the_tolerance(ClaimDefinition claim)
    {
        string one = Snapshot(claim, 1);
        string two = Snapshot(claim, 2);

        IReadOnlyList<SnapshotDifference> differences = SnapshotComparer.Compare(
            SnapshotJson.Parse(one, "1 thread"), SnapshotJson.Parse(two, "2 threads"), new SnapshotSettings());

        Assert.That(differences, Is.Empty, string.Join("\n", differences));
    }
}
