using ClaimCheck.Cli.Tests.Support;
using NUnit.Framework;

namespace ClaimCheck.Cli.Tests.Commands;

/// <summary>
/// <c>claimcheck dangling</c> on the fixture claim project, whose folder keeps one orphan on purpose
/// (RetiredClaims.Unit2MeansB.verified.json, the snapshot of a claim that was deleted).
/// </summary>
public class DanglingCommandTests
{
    private static string Orphan => Path.Combine(RepositoryPaths.FixtureFolder, "RetiredClaims.Unit2MeansB.verified.json");

    [Test]
    public async Task The_orphan_is_reported_with_CLM4207_and_exit_code_1()
    {
        CliRun run = await CliRun.Of("dangling", RepositoryPaths.FixtureAssembly);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Output, Does.Contain($"warning CLM4207: {Orphan} is produced by no claim of ClaimCheck.Cli.Claims.dll"));
        Assert.That(run.Output, Does.Not.Contain("FixtureClaims.Unit0MeansA.verified.json"), "a claim produces it");
        Assert.That(run.Output, Does.Contain("1 dangling snapshot(s) among the snapshots of 7 claim(s)."));
    }

    [Test]
    public async Task With_no_fail_the_orphan_is_still_listed_but_the_exit_code_is_0()
    {
        CliRun run = await CliRun.Of("dangling", RepositoryPaths.FixtureAssembly, "--no-fail");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Output, Does.Contain("CLM4207"));
    }

    [Test]
    public async Task Extra_folders_are_searched_too()
    {
        using var folder = new TemporaryFolder();
        await File.WriteAllTextAsync(folder.File("OldClaims.Gone.verified.json"), "{}\n");

        CliRun run = await CliRun.Of("dangling", RepositoryPaths.FixtureAssembly, "--dir", folder.Path);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Output, Does.Contain(folder.File("OldClaims.Gone.verified.json")));
        Assert.That(run.Output, Does.Contain("2 dangling snapshot(s)"));
    }

    [Test]
    public async Task A_missing_extra_folder_is_bad_input()
    {
        CliRun run = await CliRun.Of("dangling", RepositoryPaths.FixtureAssembly, "--dir", "no/such/folder");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Output, Does.Contain("error CLM4201:"));
    }
}
