using System.Text;
using ClaimCheck.Diagnostics;
using ClaimCheck.Snapshots;
using NUnit.Framework;

namespace ClaimCheck.Tests.Snapshots;

public class SnapshotStoreTests
{
    private const string Name = "ProbeClaims.Unit42_means_negation";
    private TempFolder _folder = null!;
    private SnapshotStore _store = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = new TempFolder();
        _store = new SnapshotStore(_folder.Path, new SnapshotSettings());
    }

    [TearDown]
    public void RemoveFolder() => _folder.Dispose();

    private void WriteVerified(string text) => File.WriteAllText(_store.VerifiedPath(Name), text, new UTF8Encoding(false));

    [Test]
    public void A_missing_snapshot_writes_the_received_file_and_fails_with_CLM4001()
    {
        SnapshotOutcome outcome = _store.Check(Name, SampleSnapshots.Claim());

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(SnapshotStatus.Missing));
            Assert.That(outcome.DiagnosticId, Is.EqualTo(DiagnosticIds.SnapshotMissing));
            Assert.That(outcome.ReceivedPath, Is.EqualTo(_store.ReceivedPath(Name)));
            Assert.That(File.ReadAllText(_store.ReceivedPath(Name)), Is.EqualTo(SnapshotJson.Serialize(SampleSnapshots.Claim())));
            Assert.That(File.Exists(_store.VerifiedPath(Name)), Is.False);
            Assert.That(outcome.Message, Does.Contain("CLAIMCHECK_ACCEPT=1").And.Contain("move"));
        });
    }

    [Test]
    public void A_new_snapshot_never_passes_by_itself()
    {
        _store.Check(Name, SampleSnapshots.Claim());

        SnapshotOutcome again = _store.Check(Name, SampleSnapshots.Claim());

        Assert.Multiple(() =>
        {
            Assert.That(again.Status, Is.EqualTo(SnapshotStatus.Missing));
            Assert.That(File.Exists(_store.VerifiedPath(Name)), Is.False);
        });
    }

    [Test]
    public void Written_files_are_UTF8_without_BOM_and_LF_only()
    {
        _store.Check(Name, SampleSnapshots.Claim());

        byte[] bytes = File.ReadAllBytes(_store.ReceivedPath(Name));

        Assert.Multiple(() =>
        {
            Assert.That(bytes.Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
            Assert.That(bytes, Does.Not.Contain((byte)'\r'));
            Assert.That(bytes[^1], Is.EqualTo((byte)'\n'));
            Assert.That(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), Is.EqualTo(SnapshotJson.Serialize(SampleSnapshots.Claim())));
        });
    }

    [Test]
    public void Moving_the_received_file_into_place_makes_the_next_check_match()
    {
        _store.Check(Name, SampleSnapshots.Claim());
        File.Move(_store.ReceivedPath(Name), _store.VerifiedPath(Name));

        SnapshotOutcome outcome = _store.Check(Name, SampleSnapshots.Claim());

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(SnapshotStatus.Matched));
            Assert.That(outcome.DiagnosticId, Is.Null);
            Assert.That(outcome.ReceivedPath, Is.Null);
            Assert.That(outcome.Differences, Is.Empty);
        });
    }

    [Test]
    public void A_match_deletes_a_stale_received_file()
    {
        WriteVerified(SnapshotJson.Serialize(SampleSnapshots.Claim()));
        File.WriteAllText(_store.ReceivedPath(Name), "stale");

        _store.Check(Name, SampleSnapshots.Claim());

        Assert.That(File.Exists(_store.ReceivedPath(Name)), Is.False);
    }

    [Test]
    public void A_score_within_tolerance_matches_and_leaves_the_verified_file_alone()
    {
        WriteVerified(SnapshotJson.Serialize(SampleSnapshots.Claim(auroc: 0.84)));
        byte[] before = File.ReadAllBytes(_store.VerifiedPath(Name));

        SnapshotOutcome outcome = _store.Check(Name, SampleSnapshots.Claim(auroc: 0.85));

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(SnapshotStatus.Matched));
            Assert.That(File.ReadAllBytes(_store.VerifiedPath(Name)), Is.EqualTo(before));
        });
    }

    [Test]
    public void A_verified_file_checked_out_with_CRLF_and_a_BOM_still_matches()
    {
        string text = SnapshotJson.Serialize(SampleSnapshots.Claim()).Replace("\n", "\r\n", StringComparison.Ordinal);
        File.WriteAllText(_store.VerifiedPath(Name), text, new UTF8Encoding(true));

        Assert.That(_store.Check(Name, SampleSnapshots.Claim()).Status, Is.EqualTo(SnapshotStatus.Matched));
    }

    [Test]
    public void A_changed_verdict_fails_with_CLM4002_and_a_diff_of_the_verdict_line()
    {
        WriteVerified(SnapshotJson.Serialize(SampleSnapshots.Claim(verdict: "Holds")));
        byte[] before = File.ReadAllBytes(_store.VerifiedPath(Name));

        SnapshotOutcome outcome = _store.Check(Name, SampleSnapshots.Claim(verdict: "Brittle"));

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(SnapshotStatus.Different));
            Assert.That(outcome.DiagnosticId, Is.EqualTo(DiagnosticIds.SnapshotDiffers));
            Assert.That(outcome.Differences, Is.EqualTo(new[] { new SnapshotDifference("$.verdict", "\"Holds\"", "\"Brittle\"") }));
            Assert.That(outcome.Message, Does.Contain("-   \"verdict\": \"Holds\","));
            Assert.That(outcome.Message, Does.Contain("+   \"verdict\": \"Brittle\","));
            Assert.That(outcome.Message, Does.Contain("$.verdict: \"Holds\" -> \"Brittle\""));
            Assert.That(File.ReadAllText(_store.ReceivedPath(Name)), Does.Contain("\"Brittle\""));
            Assert.That(File.ReadAllBytes(_store.VerifiedPath(Name)), Is.EqualTo(before));
        });
    }

    [Test]
    public void A_changed_count_fails()
    {
        WriteVerified(SnapshotJson.Serialize(SampleSnapshots.Claim(positives: 120)));

        SnapshotOutcome outcome = _store.Check(Name, SampleSnapshots.Claim(positives: 121));

        Assert.That(outcome.Status, Is.EqualTo(SnapshotStatus.Different));
    }

    [TestCase("{\"verdict\": \"Holds\",", TestName = "Truncated JSON is malformed and left unchanged")]
    [TestCase("{\n<<<<<<< HEAD\n  \"verdict\": \"Holds\"\n=======\n  \"verdict\": \"Brittle\"\n>>>>>>> other\n}\n", TestName = "Merge-conflict markers are malformed and left unchanged")]
    public void A_malformed_verified_file_fails_with_CLM4003_and_keeps_its_bytes(string verifiedText)
    {
        WriteVerified(verifiedText);
        byte[] before = File.ReadAllBytes(_store.VerifiedPath(Name));

        SnapshotOutcome outcome = _store.Check(Name, SampleSnapshots.Claim());

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(SnapshotStatus.Malformed));
            Assert.That(outcome.DiagnosticId, Is.EqualTo(DiagnosticIds.SnapshotMalformed));
            Assert.That(outcome.Message, Does.Contain(_store.VerifiedPath(Name)));
            Assert.That(File.Exists(_store.ReceivedPath(Name)), Is.True);
            Assert.That(File.ReadAllBytes(_store.VerifiedPath(Name)), Is.EqualTo(before));
        });
    }

    [Test]
    public void Merge_conflict_markers_are_named_in_the_message()
    {
        WriteVerified("{\n<<<<<<< HEAD\n  \"verdict\": \"Holds\"\n=======\n  \"verdict\": \"Brittle\"\n>>>>>>> other\n}\n");

        Assert.That(_store.Check(Name, SampleSnapshots.Claim()).Message, Does.Contain("merge-conflict markers"));
    }

    [Test]
    public void The_snapshot_folder_is_created_when_it_does_not_exist_yet()
    {
        var store = new SnapshotStore(Path.Combine(_folder.Path, "nested", "Snapshots"), new SnapshotSettings());

        SnapshotOutcome outcome = store.Check(Name, SampleSnapshots.Claim());

        Assert.That(File.Exists(outcome.ReceivedPath), Is.True);
    }

    [Test]
    public void An_invalid_name_is_refused_before_anything_is_written()
    {
        ClaimCheckException? ex = Assert.Throws<ClaimCheckException>(() => _store.Check("../escape", SampleSnapshots.Claim()));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.InvalidSnapshotName));
            Assert.That(Directory.EnumerateFileSystemEntries(_folder.Path), Is.Empty);
            Assert.That(File.Exists(Path.Combine(Path.GetDirectoryName(_folder.Path)!, "escape.received.json")), Is.False);
        });
    }
}
