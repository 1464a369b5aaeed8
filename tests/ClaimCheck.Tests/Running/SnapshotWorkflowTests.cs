using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Execution;
using ClaimCheck.Running;
using ClaimCheck.Snapshots;
using ClaimCheck.Tests.Fixtures;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Tests.Running;

/// <summary>The reviewer's workflow: new snapshots fail, accepting is explicit, a changed verdict fails with a diff.</summary>
public class SnapshotWorkflowTests
{
    private string _folder = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "claimcheck-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private ClaimDeclaration Declaration(double minAuroc = 0.85) =>
        new(PlantedClaim.Unit(1, kind: ClaimKind.Detects, spec: new HeldOutSettings { MinAuroc = minAuroc }) with { Id = "Workflow.Unit1" }, typeof(PlantedTarget), _folder);

    [Test]
    public void A_missing_verified_snapshot_fails_and_writes_the_received_one()
    {
        ClaimReport report = ClaimExecution.Execute(Declaration(), new SnapshotSettings());

        Assert.That(report.Result.Verdict, Is.EqualTo(Verdict.Holds));
        Assert.That(report.Outcome.Status, Is.EqualTo(OutcomeStatus.Failed));
        Assert.That(report.Snapshot!.Status, Is.EqualTo(SnapshotStatus.Missing));
        Assert.That(File.Exists(Path.Combine(_folder, "Workflow.Unit1.received.json")), Is.True);
        Assert.That(File.Exists(Path.Combine(_folder, "Workflow.Unit1.verified.json")), Is.False);
    }

    [Test]
    public void Accepting_locally_makes_the_next_run_pass()
    {
        ClaimExecution.Execute(Declaration(), new SnapshotSettings { Accept = true });

        ClaimReport again = ClaimExecution.Execute(Declaration(), new SnapshotSettings());

        Assert.That(again.Outcome.Status, Is.EqualTo(OutcomeStatus.Passed), again.Outcome.Message);
        Assert.That(File.Exists(Path.Combine(_folder, "Workflow.Unit1.received.json")), Is.False);
    }

    [Test]
    public void Accepting_under_CI_is_refused()
    {
        ClaimReport report = ClaimExecution.Execute(Declaration(), new SnapshotSettings { Accept = true, IsCi = true });

        Assert.That(report.Outcome.Status, Is.EqualTo(OutcomeStatus.Failed));
        Assert.That(File.Exists(Path.Combine(_folder, "Workflow.Unit1.verified.json")), Is.False);
        Assert.That(report.Outcome.Message, Does.Contain(DiagnosticIds.AcceptRefusedInCi));
    }

    [Test]
    public void Raising_the_threshold_until_the_verdict_changes_fails_with_a_readable_diff()
    {
        ClaimExecution.Execute(Declaration(), new SnapshotSettings { Accept = true });
        string verified = File.ReadAllText(Path.Combine(_folder, "Workflow.Unit1.verified.json"));

        ClaimReport report = ClaimExecution.Execute(Declaration(minAuroc: 0.95), new SnapshotSettings());

        Assert.That(report.Result.Verdict, Is.Not.EqualTo(Verdict.Holds));
        Assert.That(report.Outcome.Status, Is.EqualTo(OutcomeStatus.Failed));
        Assert.That(report.Snapshot!.Status, Is.EqualTo(SnapshotStatus.Different));
        Assert.That(report.Outcome.Message, Does.Contain("\"verdict\": \"Holds\"").And.Contain($"\"verdict\": \"{report.Result.Verdict}\""));
        Assert.That(File.ReadAllText(Path.Combine(_folder, "Workflow.Unit1.verified.json")), Is.EqualTo(verified), "never overwritten without accept");
    }
}
