using System.Text;
using ClaimCheck.Diagnostics;
using ClaimCheck.Snapshots;
using NUnit.Framework;

namespace ClaimCheck.Tests.Snapshots;

public class SnapshotAcceptTests
{
    private const string Name = "ProbeClaims.Unit42_means_negation";
    private TempFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TempFolder();

    [TearDown]
    public void RemoveFolder() => _folder.Dispose();

    private SnapshotStore Store(bool accept, bool ci = false) =>
        new(_folder.Path, new SnapshotSettings { Accept = accept, IsCi = ci });

    [Test]
    public void Accepting_a_missing_snapshot_writes_the_verified_file_and_removes_the_received_one()
    {
        Store(accept: false).Check(Name, SampleSnapshots.Claim());

        SnapshotOutcome outcome = Store(accept: true).Check(Name, SampleSnapshots.Claim());

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(SnapshotStatus.Accepted));
            Assert.That(outcome.DiagnosticId, Is.Null);
            Assert.That(outcome.ReceivedPath, Is.Null);
            Assert.That(File.ReadAllText(outcome.VerifiedPath), Is.EqualTo(SnapshotJson.Serialize(SampleSnapshots.Claim())));
            Assert.That(File.Exists(Store(accept: false).ReceivedPath(Name)), Is.False);
            Assert.That(Store(accept: false).Check(Name, SampleSnapshots.Claim()).Status, Is.EqualTo(SnapshotStatus.Matched));
        });
    }

    [Test]
    public void Accepting_a_different_snapshot_replaces_the_verified_file()
    {
        Store(accept: true).Check(Name, SampleSnapshots.Claim(verdict: "Holds"));

        SnapshotOutcome outcome = Store(accept: true).Check(Name, SampleSnapshots.Claim(verdict: "Brittle"));

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(SnapshotStatus.Accepted));
            Assert.That(outcome.Differences.Single().Path, Is.EqualTo("$.verdict"));
            Assert.That(File.ReadAllText(outcome.VerifiedPath), Does.Contain("\"Brittle\""));
        });
    }

    [Test]
    public void Accepting_replaces_a_malformed_verified_file()
    {
        SnapshotStore store = Store(accept: true);
        File.WriteAllText(store.VerifiedPath(Name), "<<<<<<< HEAD\n{}\n=======\n[]\n>>>>>>> x\n");

        SnapshotOutcome outcome = store.Check(Name, SampleSnapshots.Claim());

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(SnapshotStatus.Accepted));
            Assert.That(File.ReadAllText(outcome.VerifiedPath), Is.EqualTo(SnapshotJson.Serialize(SampleSnapshots.Claim())));
        });
    }

    [Test]
    public void Accept_does_not_rewrite_a_snapshot_that_matches_within_tolerance()
    {
        Store(accept: true).Check(Name, SampleSnapshots.Claim(auroc: 0.84));
        string path = Store(accept: false).VerifiedPath(Name);
        byte[] before = File.ReadAllBytes(path);

        SnapshotOutcome outcome = Store(accept: true).Check(Name, SampleSnapshots.Claim(auroc: 0.85));

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(SnapshotStatus.Matched));
            Assert.That(File.ReadAllBytes(path), Is.EqualTo(before));
        });
    }

    [Test]
    public void Accept_under_CI_is_refused_and_leaves_the_verified_file_unchanged()
    {
        Store(accept: true).Check(Name, SampleSnapshots.Claim(verdict: "Holds"));
        string verifiedPath = Store(accept: false).VerifiedPath(Name);
        byte[] before = File.ReadAllBytes(verifiedPath);

        SnapshotOutcome outcome = Store(accept: true, ci: true).Check(Name, SampleSnapshots.Claim(verdict: "Brittle"));

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(SnapshotStatus.Different));
            Assert.That(outcome.DiagnosticId, Is.EqualTo(DiagnosticIds.SnapshotDiffers));
            Assert.That(outcome.Message, Does.Contain(DiagnosticIds.AcceptRefusedInCi).And.Contain("accept refused under CI=true"));
            Assert.That(File.ReadAllBytes(verifiedPath), Is.EqualTo(before));
            Assert.That(File.ReadAllText(outcome.ReceivedPath!), Does.Contain("\"Brittle\""));
        });
    }

    [Test]
    public void Accept_under_CI_does_not_create_a_missing_snapshot()
    {
        SnapshotOutcome outcome = Store(accept: true, ci: true).Check(Name, SampleSnapshots.Claim());

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(SnapshotStatus.Missing));
            Assert.That(outcome.Message, Does.Contain("accept refused under CI=true"));
            Assert.That(File.Exists(outcome.VerifiedPath), Is.False);
            Assert.That(File.Exists(outcome.ReceivedPath), Is.True);
        });
    }

    [Test]
    public void Without_accept_under_CI_no_refusal_note_is_added()
    {
        SnapshotOutcome outcome = Store(accept: false, ci: true).Check(Name, SampleSnapshots.Claim());

        Assert.That(outcome.Message, Does.Not.Contain(DiagnosticIds.AcceptRefusedInCi));
    }

    [Test]
    public void The_accepted_file_is_UTF8_without_BOM()
    {
        SnapshotOutcome outcome = Store(accept: true).Check(Name, SampleSnapshots.Claim());

        byte[] bytes = File.ReadAllBytes(outcome.VerifiedPath);

        Assert.That(bytes, Is.EqualTo(new UTF8Encoding(false).GetBytes(SnapshotJson.Serialize(SampleSnapshots.Claim()))));
    }
}
