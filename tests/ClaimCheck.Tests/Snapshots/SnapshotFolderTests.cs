using System.Runtime.Versioning;
using ClaimCheck.Diagnostics;
using ClaimCheck.Snapshots;
using NUnit.Framework;

namespace ClaimCheck.Tests.Snapshots;

public class SnapshotFolderTests
{
    private const string Name = "ProbeClaims.Unit42_means_negation";
    private TempFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TempFolder();

    [TearDown]
    public void RemoveFolder() => _folder.Dispose();

    private static bool CanCreateFileIn(string folder)
    {
        string probe = Path.Combine(folder, "probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    [Test]
    [Platform(Exclude = "Win", Reason = "read-only folders are made with Unix file modes")]
    [UnsupportedOSPlatform("windows")]
    public void A_read_only_folder_fails_with_CLM4006_and_keeps_the_verified_file()
    {
        var store = new SnapshotStore(_folder.Path, new SnapshotSettings { Accept = true });
        store.Check(Name, SampleSnapshots.Claim(verdict: "Holds"));
        byte[] before = File.ReadAllBytes(store.VerifiedPath(Name));
        File.SetUnixFileMode(_folder.Path, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        Assume.That(CanCreateFileIn(_folder.Path), Is.False, "chmod does not stop this user from writing (running as root?)");

        ClaimCheckException? ex = Assert.Throws<ClaimCheckException>(() => store.Check(Name, SampleSnapshots.Claim(verdict: "Brittle")));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.SnapshotFolderNotWritable));
            Assert.That(ex.Diagnostic.Message, Does.Contain(_folder.Path));
            Assert.That(File.ReadAllBytes(store.VerifiedPath(Name)), Is.EqualTo(before));
            Assert.That(store.Check(Name, SampleSnapshots.Claim(verdict: "Holds")).Status, Is.EqualTo(SnapshotStatus.Matched), "a match needs no write");
        });
    }

    [Test]
    public void A_folder_that_cannot_be_created_fails_with_CLM4006()
    {
        // A regular file where the folder should be stops root too, so this runs where chmod cannot.
        string blocker = _folder.File("blocker");
        File.WriteAllText(blocker, "");
        var store = new SnapshotStore(Path.Combine(blocker, "Snapshots"), new SnapshotSettings());

        ClaimCheckException? ex = Assert.Throws<ClaimCheckException>(() => store.Check(Name, SampleSnapshots.Claim()));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.SnapshotFolderNotWritable));
            Assert.That(ex.Diagnostic.Message, Does.Contain("write the received snapshot"));
            Assert.That(Directory.EnumerateFileSystemEntries(_folder.Path), Is.EqualTo(new[] { blocker }));
        });
    }

    [Test]
    public void Orphans_are_the_verified_files_of_names_not_produced()
    {
        var store = new SnapshotStore(_folder.Path, new SnapshotSettings { Accept = true });
        foreach (string name in new[] { "P.Kept", "P.Renamed", "P.Deleted" })
        {
            store.Check(name, SampleSnapshots.Claim());
        }

        File.WriteAllText(_folder.File("P.Pending.received.json"), "{}");
        File.WriteAllText(_folder.File("notes.json"), "{}");

        IReadOnlyList<string> orphans = store.Orphans(["P.Kept", "P.Pending"]);

        Assert.That(orphans, Is.EqualTo(new[] { store.VerifiedPath("P.Deleted"), store.VerifiedPath("P.Renamed") }));
    }

    [Test]
    public void A_folder_that_does_not_exist_has_no_orphans()
    {
        var store = new SnapshotStore(_folder.File("absent"), new SnapshotSettings());

        Assert.That(store.Orphans([]), Is.Empty);
    }
}
