using ClaimCheck.NUnit;
using ClaimCheck.Reports;
using ClaimCheck.Running;
using ClaimCheck.Snapshots;
using ClaimCheck.Targets;
using ClaimCheck.Tests.BuiltTargets;
using NUnit.Framework;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.FluentClaims;

/// <summary>
/// A claim built in code, run in an NUnit test with <see cref="ClaimTest.Check"/> against a built target: its verified
/// snapshot sits beside this file (and only fluent claims' snapshots sit in this folder), its records land in the
/// results folder, as an attribute claim's do.
/// </summary>
public class ClaimTestTests
{
    private AuditTarget _target = null!;

    [OneTimeSetUp]
    public void BuildTarget() =>
        _target = AuditTarget.Build("vectors", VectorData.CopyingModel())
            .WithSplits(VectorData.Pool(1800).SplitByRatio(seed: 3, SplitShare.Discovery(1.0 / 3), SplitShare.HeldOut(2.0 / 3)))
            .WithConcept("a", "component 0 is on")
            .WithDevice(CPU)
            .Create();

    [OneTimeTearDown]
    public void DisposeTarget() => _target.Dispose();

    [Test]
    public void A_fluent_claim_is_compared_with_its_snapshot_and_leaves_its_records()
    {
        string folder = ResultsFolder.Resolve(Path.Combine(TestContext.CurrentContext.WorkDirectory, "claimcheck"));
        string outcome = Path.Combine(folder, "FluentClaims.Unit0MeansA" + OutcomeRecord.FileSuffix);
        string full = Path.Combine(folder, "FluentClaims.Unit0MeansA" + ClaimRecords.FullSuffix);
        Directory.CreateDirectory(folder);
        File.Delete(outcome);
        File.Delete(full);

        ClaimReport report = ClaimTest.Check(_target, Claim.That(Subjects.Unit("layer", 0)).Means("a").WithHeldOut().Named("FluentClaims.Unit0MeansA", "unit 0 of the copying layer means a"));

        Assert.That(report.Snapshot!.Status, Is.EqualTo(SnapshotStatus.Matched).Or.EqualTo(SnapshotStatus.Accepted), report.Snapshot.Message);
        Assert.That(report.Snapshot.VerifiedPath, Is.EqualTo(Path.Combine(SourceFolder(), "FluentClaims.Unit0MeansA.verified.json")));
        Assert.That(report.Outcome.Status, Is.EqualTo(OutcomeStatus.Passed));
        Assert.That(outcome, Does.Exist);
        Assert.That(full, Does.Exist);
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
