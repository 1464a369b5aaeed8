using ClaimCheck.Cli.Tests.Support;
using NUnit.Framework;

namespace ClaimCheck.Cli.Tests.Commands;

/// <summary><c>claimcheck accept</c> in a temporary folder: refused under CI, working otherwise, with its diffs and filters.</summary>
public class AcceptCommandTests
{
    private const string Verified = "{\n  \"claim\": \"unit 3 means stripes\",\n  \"verdict\": \"Holds\",\n  \"auroc\": 0.91\n}\n";
    private const string Received = "{\n  \"claim\": \"unit 3 means stripes\",\n  \"verdict\": \"Brittle\",\n  \"auroc\": 0.62\n}\n";

    private static readonly Dictionary<string, string> InCi = new() { ["CI"] = "true" };

    [Test]
    public async Task Under_CI_accept_is_refused_with_CLM4004_and_nothing_moves()
    {
        using var folder = Snapshots();

        CliRun run = await CliRun.Of(InCi, "accept", folder.Path);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Output, Does.Contain("error CLM4004: accept refused under CI=true"));
        Assert.That(await File.ReadAllTextAsync(folder.File("Claims.Unit3.verified.json")), Is.EqualTo(Verified));
        Assert.That(folder.File("Claims.Unit3.received.json"), Does.Exist);
    }

    [Test]
    public async Task CI_equal_to_1_counts_as_CI()
    {
        using var folder = Snapshots();

        CliRun run = await CliRun.Of(new Dictionary<string, string> { ["CI"] = "1" }, "accept", folder.Path);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(folder.File("Claims.Unit3.received.json"), Does.Exist);
    }

    [Test]
    public async Task Outside_CI_accept_shows_the_diff_and_moves_received_over_verified()
    {
        using var folder = Snapshots();

        CliRun run = await CliRun.Of("accept", folder.Path);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Output, Does.Contain("Semantic differences (2), verified -> received:"));
        Assert.That(run.Output, Does.Contain("$.verdict: \"Holds\" -> \"Brittle\""));
        Assert.That(run.Output, Does.Contain("- " + "  \"verdict\": \"Holds\","));
        Assert.That(run.Output, Does.Contain("+ " + "  \"verdict\": \"Brittle\","));
        Assert.That(await File.ReadAllTextAsync(folder.File("Claims.Unit3.verified.json")), Is.EqualTo(Received));
        Assert.That(folder.File("Claims.Unit3.received.json"), Does.Not.Exist);
        Assert.That(run.Output, Does.Contain("2 snapshot(s) accepted"));
    }

    [Test]
    public async Task A_new_snapshot_is_shown_whole_and_accepted()
    {
        using var folder = Snapshots();

        CliRun run = await CliRun.Of("accept", folder.File("Claims.Unit5.received.json"));

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Output, Does.Contain("New snapshot (there is no verified one yet):"));
        Assert.That(folder.File("Claims.Unit5.verified.json"), Does.Exist);
        Assert.That(folder.File("Claims.Unit3.received.json"), Does.Exist, "only the file named was accepted");
    }

    [Test]
    public async Task A_name_chooses_which_snapshots_to_accept()
    {
        using var folder = Snapshots();

        CliRun run = await CliRun.Of("accept", folder.Path, "--name", "Claims.Unit3");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(folder.File("Claims.Unit3.received.json"), Does.Not.Exist);
        Assert.That(folder.File("Claims.Unit5.received.json"), Does.Exist);
        Assert.That(run.Output, Does.Contain("1 snapshot(s) accepted"));
    }

    [Test]
    public async Task A_name_that_matches_no_received_snapshot_is_CLM4209()
    {
        using var folder = Snapshots();

        CliRun run = await CliRun.Of("accept", folder.Path, "--name", "Unit9");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Output, Does.Contain("error CLM4209: no received snapshot matches Unit9; received snapshots: Claims.Unit3, Claims.Unit5"));
    }

    [Test]
    public async Task A_dry_run_shows_the_diff_and_moves_nothing_even_under_CI()
    {
        using var folder = Snapshots();

        CliRun run = await CliRun.Of(InCi, "accept", folder.Path, "--dry-run");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Output, Does.Contain("$.verdict: \"Holds\" -> \"Brittle\""));
        Assert.That(folder.File("Claims.Unit3.received.json"), Does.Exist);
        Assert.That(run.Output, Does.Contain("2 snapshot(s) would be accepted (dry run: nothing moved)."));
    }

    [Test]
    public async Task Received_files_in_build_outputs_are_not_snapshots_to_accept()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.File("bin"));
        await File.WriteAllTextAsync(Path.Combine(folder.File("bin"), "Claims.Copy.received.json"), Received);

        CliRun run = await CliRun.Of("accept", folder.Path);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Output, Does.Contain("Nothing to accept"));
    }

    [Test]
    public async Task A_received_file_that_is_not_JSON_is_refused_with_CLM4003()
    {
        using var folder = new TemporaryFolder();
        await File.WriteAllTextAsync(folder.File("Claims.Broken.received.json"), "{ not json");

        CliRun run = await CliRun.Of("accept", folder.Path);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Output, Does.Contain("error CLM4003:"));
        Assert.That(folder.File("Claims.Broken.verified.json"), Does.Not.Exist);
    }

    // One differing snapshot (Unit3) and one new one (Unit5).
    private static TemporaryFolder Snapshots()
    {
        var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("Claims.Unit3.verified.json"), Verified);
        File.WriteAllText(folder.File("Claims.Unit3.received.json"), Received);
        File.WriteAllText(folder.File("Claims.Unit5.received.json"), Received);
        return folder;
    }
}
