using ClaimCheck.Cli.Tests.Support;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Reports;
using ClaimCheck.Running;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Cli.Tests.Commands;

/// <summary>
/// <c>claimcheck run</c> on the fixture claim project (tests/ClaimCheck.Cli.Claims): two real test-host runs (one
/// passing, one with a claim that fails on purpose) and the filters and bad input that stop before any run.
/// </summary>
public class RunCommandTests
{
    [Test]
    public async Task A_run_whose_claims_pass_exits_0_prints_the_verdict_table_and_leaves_the_records()
    {
        using var results = new TemporaryFolder();

        CliRun run = await CliRun.Of("run", RepositoryPaths.FixtureAssembly, "--name", "FixtureClaims.*", "--results", results.Path);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Output, Does.Contain("ClaimCheck verdicts"));
        Assert.That(run.Output, Does.Match(@"FixtureClaims\.Unit0MeansA\W+two-feature world\W+Holds\W+Holds \(default\)\W+Matched\W+Passed"));
        Assert.That(run.Output, Does.Match(@"FixtureClaims\.Unit3MeansA\W+two-feature world\W+Refuted CLM1301\W+Refuted CLM1301\W+Matched\W+Passed"));
        Assert.That(run.Output, Does.Contain("2 claim(s): 2 passed, 0 failed, 0 inconclusive"));
        Assert.That(run.Output, Does.Not.Contain("FailingClaims"), "the name filter keeps the failing claim out");

        OutcomeRecord record = OutcomeRecord.Read(Path.Combine(results.Path, "FixtureClaims.Unit3MeansA.outcome.json"));
        Assert.That(record.Status, Is.EqualTo(OutcomeStatus.Passed));
        Assert.That(record.Verdict, Is.EqualTo(Verdict.Refuted));
        Assert.That(record.Expected?.Verdict, Is.EqualTo(Verdict.Refuted));
        Assert.That(record.Snapshot?.Verified, Is.EqualTo(Path.Combine(RepositoryPaths.FixtureFolder, "FixtureClaims.Unit3MeansA.verified.json")));

        // The records the run wrote read back through the one reader reports use: document and outcome together.
        ClaimRecord written = ClaimRecords.Read(results.Path).Single(r => r.Id == "FixtureClaims.Unit3MeansA");
        Assert.That(written.Document.Verdict, Is.EqualTo(Verdict.Refuted));
        Assert.That(written.Document.Diagnostics.Select(d => d.Id), Does.Contain("CLM1301"));
        Assert.That(written.Document.KeyFigures, Is.Not.Empty);
        Assert.That(HeldOutSplitPlot.In(written.Document.PlotData!), Is.Not.Empty);
        Assert.That(written.Outcome?.Status, Is.EqualTo(OutcomeStatus.Passed));
    }

    [Test]
    public async Task A_run_with_a_claim_that_fails_its_expectation_exits_1_and_says_why()
    {
        using var results = new TemporaryFolder();

        CliRun run = await CliRun.Of("run", RepositoryPaths.FixtureAssembly, "--name", "Unit3", "--results", results.Path);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Output, Does.Match(@"FailingClaims\.Unit3MeansAUndocumented\W+two-feature world\W+Refuted CLM1301\W+Holds \(default\)\W+Matched\W+Failed"));
        Assert.That(run.Output, Does.Contain("the claim is Refuted (state [ExpectVerdict] to document a known verdict)"));
        Assert.That(run.Output, Does.Contain("2 claim(s): 1 passed, 1 failed, 0 inconclusive"));
    }

    [Test]
    public async Task An_inconclusive_claim_has_its_own_row_and_count_and_bad_input_fails()
    {
        using var results = new TemporaryFolder();

        CliRun run = await CliRun.Of("run", RepositoryPaths.FixtureAssembly, "--name", "InconclusiveClaims.*", "--name", "BadInputClaims.*", "--results", results.Path);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Output, Does.Match(@"InconclusiveClaims\.Unit0MeansAOnTooFewExamples\W+two-feature world\W+Inconclusive CLM1001\W+Inconclusive CLM1001\W+Matched\W+Inconclusive"));
        Assert.That(run.Output, Does.Match(@"InconclusiveClaims\.Unit0MeansA\W+two-feature world\W+Holds\W+Holds \(default\)\W+Matched\W+Passed"));
        Assert.That(run.Output, Does.Match(@"BadInputClaims\.UnknownLayer\W+two-feature world\W+Inconclusive CLM5001\W+Inconclusive CLM5001\W+Matched\W+Failed"));
        Assert.That(run.Output, Does.Contain("an error diagnostic fails the claim, whatever it expects"));
        Assert.That(run.Output, Does.Contain("4 claim(s): 1 passed, 2 failed, 1 inconclusive"));
    }

    [Test]
    public async Task List_applies_the_world_and_verdict_filters_without_running_anything()
    {
        CliRun run = await CliRun.Of("run", RepositoryPaths.FixtureAssembly, "--list", "--world", "TwoFeatureWorld", "--verdict", "Refuted");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Output, Does.Contain("FixtureClaims.Unit3MeansA"));
        Assert.That(run.Output, Does.Contain("FailingClaims.Unit3MeansAUndocumented"));
        Assert.That(run.Output, Does.Not.Contain("Unit0MeansA"), "its snapshot records Holds");
        Assert.That(run.Output, Does.Contain("2 claim(s) chosen."));
    }

    [Test]
    public async Task An_unknown_world_is_bad_input_and_names_the_worlds_there_are()
    {
        CliRun run = await CliRun.Of("run", RepositoryPaths.FixtureAssembly, "--world", "StripesWorldTarget", "--list");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Output, Does.Contain("error CLM4204: no claim of ClaimCheck.Cli.Claims.dll is about the world 'StripesWorldTarget'; its worlds are: TwoFeatureWorld"));
    }

    [Test]
    public async Task A_name_that_matches_no_claim_is_bad_input()
    {
        CliRun run = await CliRun.Of("run", RepositoryPaths.FixtureAssembly, "--name", "NoSuchClaim", "--list");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Output, Does.Contain("error CLM4204: no claim of ClaimCheck.Cli.Claims.dll matches name NoSuchClaim"));
    }

    [Test]
    public async Task A_missing_assembly_is_bad_input()
    {
        CliRun run = await CliRun.Of("run", "no/such/Claims.dll");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Output, Does.Contain("error CLM4201:"));
        Assert.That(run.Output, Does.Contain("does not exist"));
    }

    [Test]
    public async Task A_file_that_is_not_a_dotnet_assembly_is_bad_input()
    {
        using var folder = new TemporaryFolder();
        await File.WriteAllTextAsync(folder.File("Fake.dll"), "not an assembly");

        CliRun run = await CliRun.Of("run", folder.File("Fake.dll"), "--list");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Output, Does.Contain("error CLM4202:"));
    }

    [Test]
    public async Task A_results_folder_with_files_claimcheck_did_not_write_is_never_cleared()
    {
        using var results = new TemporaryFolder();
        string precious = results.File("notes.txt");
        await File.WriteAllTextAsync(precious, "someone's work");

        CliRun run = await CliRun.Of("run", RepositoryPaths.FixtureAssembly, "--name", "Unit0", "--results", results.Path);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Output, Does.Contain("error CLM4205:"));
        Assert.That(precious, Does.Exist);
    }

    [TestCase("frobnicate")]
    [TestCase("run", "--results")]
    [TestCase("run", "--verdict", "Sturdy")]
    public async Task Argument_mistakes_are_usage_errors_with_exit_code_2(params string[] args)
    {
        CliRun run = await CliRun.Of(args);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Output, Does.Contain("usage:"));
    }
}
