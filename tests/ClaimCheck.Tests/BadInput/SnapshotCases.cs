using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.Versioning;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Execution;
using ClaimCheck.Running;
using ClaimCheck.Snapshots;
using ClaimCheck.Tests.Fixtures;
using ClaimCheck.Tests.Snapshots;
using NUnit.Framework;

namespace ClaimCheck.Tests.BadInput;

/// <summary>
/// Bad-input catalog, the snapshot files: a damaged <c>.verified.json</c>, a name that would escape the folder, a
/// folder that cannot be written. Each is reported on the claim, and the verified files stay as they were.
/// </summary>
public class SnapshotCases
{
    private const string ConflictText = "{\n<<<<<<< HEAD\n  \"verdict\": \"Holds\"\n=======\n  \"verdict\": \"Brittle\"\n>>>>>>> other\n}\n";

    /// <summary>Runs a sound claim whose verified file holds <paramref name="verifiedText"/>; returns the report and checks the folder.</summary>
    private static ClaimReport RunWithVerified(string verifiedText, SnapshotSettings settings)
    {
        const string id = "BadInput.Snapshot.Unit0";
        using var folder = new GuardedFolder(id, verifiedText);
        ClaimReport report = ClaimExecution.Execute(new ClaimDeclaration(PlantedClaim.Unit(0) with { Id = id }, typeof(PlantedTarget), folder.Path), settings);
        folder.AssertNothingChangedOrLost();
        Assert.That(File.Exists(folder.File(id + ".received.json")), Is.True, "the verdict is written for review beside the verified file");
        return report;
    }

    [TestCase("{\"verdict\": \"Holds\",", TestName = "Malformed verified.json CLM4003")]
    [TestCase(ConflictText, TestName = "Verified.json with merge-conflict markers CLM4003")]
    public void A_damaged_verified_file_CLM4003(string verifiedText)
    {
        ClaimReport report = RunWithVerified(verifiedText, new SnapshotSettings());

        Assert.That(report.Snapshot!.DiagnosticId, Is.EqualTo(DiagnosticIds.SnapshotMalformed));
        Assert.That(report.Outcome.Status, Is.EqualTo(OutcomeStatus.Failed));
    }

    [Test]
    public void A_verified_file_is_never_overwritten_without_an_explicit_accept_CLM4002()
    {
        ClaimReport report = RunWithVerified(GuardedFolder.VerifiedText, new SnapshotSettings());

        Assert.That(report.Snapshot!.DiagnosticId, Is.EqualTo(DiagnosticIds.SnapshotDiffers));
        Assert.That(report.Outcome.Status, Is.EqualTo(OutcomeStatus.Failed));
    }

    [Test]
    public void Accepting_under_CI_is_refused_and_the_verified_file_kept_CLM4004()
    {
        ClaimReport report = RunWithVerified(GuardedFolder.VerifiedText, new SnapshotSettings { Accept = true, IsCi = true });

        Assert.That(report.Outcome.Message, Does.Contain(DiagnosticIds.AcceptRefusedInCi));
        Assert.That(report.Outcome.Status, Is.EqualTo(OutcomeStatus.Failed));
    }

    [TestCase("../escape", TestName = "Claim name with .. CLM4005")]
    [TestCase("Claims/Unit0", TestName = "Claim name with a path separator CLM4005")]
    [TestCase("Claims.Unit0?", TestName = "Claim name with a character invalid on Windows CLM4005")]
    [TestCase("CON.Unit0", TestName = "Claim name that is a Windows device name CLM4005")]
    public void A_claim_name_that_makes_no_safe_file_name_CLM4005(string name)
    {
        using var folder = new GuardedFolder("BadInput.Bystander");
        ClaimReport report = ClaimExecution.Execute(new ClaimDeclaration(PlantedClaim.Unit(0) with { Id = name }, typeof(PlantedTarget), folder.Path), new SnapshotSettings());

        Assert.That(report.Result.Diagnostics.Select(d => d.Id), Does.Contain(DiagnosticIds.InvalidSnapshotName));
        Assert.That(report.Outcome.Status, Is.EqualTo(OutcomeStatus.Failed));
        folder.AssertNothingChangedOrLost();
        Assert.That(Directory.EnumerateFiles(folder.Path, "*.received.json"), Is.Empty, "nothing is written under an invalid name");
        Assert.That(File.Exists(Path.Combine(Path.GetDirectoryName(folder.Path)!, "escape.received.json")), Is.False);
    }

    [Test]
    [Platform(Exclude = "Win", Reason = "read-only folders are made with Unix file modes and the ext2/3/4 immutable flag")]
    [UnsupportedOSPlatform("windows")]
    public void A_read_only_snapshot_folder_CLM4006()
    {
        const string id = "BadInput.ReadOnly.Unit0";
        using var folder = new GuardedFolder(id);
        string? how = ReadOnlyFolder.Make(folder.Path);
        try
        {
            Assume.That(how, Is.Not.Null, "neither chmod nor the immutable flag stops this user writing here (root without CAP_LINUX_IMMUTABLE, or a file system without the flag)");
            ClaimReport report = ClaimExecution.Execute(new ClaimDeclaration(PlantedClaim.Unit(0) with { Id = id }, typeof(PlantedTarget), folder.Path), new SnapshotSettings());

            Diagnostic? error = report.Result.Diagnostics.FirstOrDefault(d => d.Id == DiagnosticIds.SnapshotFolderNotWritable);
            Assert.That(error, Is.Not.Null, $"made read-only by {how}; got {report.Outcome.Message}");
            Assert.That(error!.Message, Does.Contain(folder.Path).And.Contain("left as it was"));
            Assert.That(report.Outcome.Status, Is.EqualTo(OutcomeStatus.Failed));
        }
        finally
        {
            ReadOnlyFolder.Undo(folder.Path);
        }

        folder.AssertNothingChangedOrLost();
        Assert.That(Directory.EnumerateFiles(folder.Path, "*.tmp*", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    [Platform(Include = "Linux", Reason = "procfs is Linux's")]
    public void A_snapshot_folder_nobody_can_write_in_CLM4006()
    {
        // procfs refuses new files to every user, root included, so this runs wherever the chmod test cannot.
        const string folder = "/proc/self/fdinfo";
        ClaimReport report = ClaimExecution.Execute(new ClaimDeclaration(PlantedClaim.Unit(0) with { Id = "BadInput.ProcFs.Unit0" }, typeof(PlantedTarget), folder), new SnapshotSettings());

        Assert.That(report.Result.Diagnostics.Select(d => d.Id), Does.Contain(DiagnosticIds.SnapshotFolderNotWritable));
        Assert.That(report.Outcome.Status, Is.EqualTo(OutcomeStatus.Failed));
    }

    [Test]
    [Platform(Exclude = "Win", Reason = "Windows does not let a file be replaced while a reader holds it open")]
    public void Accepting_replaces_the_verified_file_atomically()
    {
        // A reader that opened the old file keeps reading the old bytes whole: the new file was written beside it and
        // renamed over it. Writing in place would show that reader the new bytes, or a mix.
        using var folder = new TempFolder();
        var store = new SnapshotStore(folder.Path, new SnapshotSettings { Accept = true });
        store.Check("P.Claim", SampleSnapshots.Claim(verdict: "Holds"));
        byte[] old = File.ReadAllBytes(store.VerifiedPath("P.Claim"));
        using var reader = new FileStream(store.VerifiedPath("P.Claim"), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

        SnapshotOutcome outcome = store.Check("P.Claim", SampleSnapshots.Claim(verdict: "Brittle"));

        using var seen = new MemoryStream();
        reader.CopyTo(seen);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(SnapshotStatus.Accepted));
            Assert.That(seen.ToArray(), Is.EqualTo(old), "the open reader still sees the whole old file");
            Assert.That(File.ReadAllText(store.VerifiedPath("P.Claim")), Does.Contain("\"Brittle\""));
            Assert.That(Directory.GetFiles(folder.Path), Is.EqualTo(new[] { store.VerifiedPath("P.Claim") }), "no temporary file is left");
        });
    }

    /// <summary>Makes a folder unwritable in a way that holds for root too, where the machine allows it.</summary>
    [UnsupportedOSPlatform("windows")]
    private static class ReadOnlyFolder
    {
        private const UnixFileMode Writable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

        /// <summary>"chmod" or "the immutable flag" when the folder now refuses new files, else null.</summary>
        public static string? Make(string folder)
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            if (!CanCreateFileIn(folder))
            {
                return "chmod";
            }

            // Root ignores file modes but not the immutable flag (chattr +i), where the file system and capabilities allow it.
            return Chattr("+i", folder) && !CanCreateFileIn(folder) ? "the immutable flag" : null;
        }

        public static void Undo(string folder)
        {
            Chattr("-i", folder);
            File.SetUnixFileMode(folder, Writable);
        }

        private static bool Chattr(string flag, string folder)
        {
            try
            {
                using Process process = Process.Start(new ProcessStartInfo("chattr", [flag, folder]) { RedirectStandardError = true })!;
                process.WaitForExit();
                return process.ExitCode == 0;
            }
            catch (Win32Exception)
            {
                return false; // no chattr on this machine
            }
        }

        private static bool CanCreateFileIn(string folder)
        {
            string probe = Path.Combine(folder, "probe-" + Guid.NewGuid().ToString("N"));
            try
            {
                File.WriteAllText(probe, "");
                File.Delete(probe);
                return true;
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                return false;
            }
        }
    }
}
