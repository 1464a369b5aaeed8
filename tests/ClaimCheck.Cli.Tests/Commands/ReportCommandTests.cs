using ClaimCheck.Cli.Tests.Support;
using NUnit.Framework;

namespace ClaimCheck.Cli.Tests.Commands;

/// <summary><c>claimcheck report</c>: writes the HTML page and Markdown summary of a results folder; bad folders exit 2.</summary>
public class ReportCommandTests
{
    // Real results of the stripes-world suite, kept by the reporting tests as their fixture.
    private static string FixtureResults => Path.Combine(RepositoryPaths.Root, "tests", "ClaimCheck.Reporting.Tests", "Fixtures", "results");

    [Test]
    public async Task A_results_folder_gives_index_html_and_summary_md()
    {
        using var output = new TemporaryFolder();

        CliRun run = await CliRun.Of("report", FixtureResults, "--out", output.Path);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        // Every result in the folder is reported, whatever kind of evidence it holds (steering included).
        int results = Directory.GetFiles(FixtureResults, "*.full.json").Length;
        Assert.That(results, Is.GreaterThanOrEqualTo(7));
        Assert.That(run.Output, Does.Contain($"Report of {results} claim(s)"));
        string html = await File.ReadAllTextAsync(output.File("index.html"));
        Assert.That(html, Does.Contain("BottleneckClaims.Unit3MeansStripes").And.Contain("SteeringClaims.ReadoutSteersStripes"));
        Assert.That(await File.ReadAllTextAsync(output.File("summary.md")), Does.Contain("| "));
    }

    [Test]
    public async Task A_missing_results_folder_is_bad_input_with_CLM4250()
    {
        using var output = new TemporaryFolder();

        CliRun run = await CliRun.Of("report", Path.Combine(output.Path, "nothing-here"), "--out", output.File("report"));

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Output, Does.Contain("CLM4250"));
        Assert.That(output.File("report"), Does.Not.Exist);
    }
}
