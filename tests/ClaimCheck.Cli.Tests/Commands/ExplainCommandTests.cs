using System.Diagnostics;
using System.Text.RegularExpressions;
using ClaimCheck.Cli.Tests.Support;
using NUnit.Framework;

namespace ClaimCheck.Cli.Tests.Commands;

/// <summary>
/// <c>claimcheck explain</c>: on the stripes world's bottleneck unit 3 (labelled "stripes", verdict Brittle: it tracks
/// triangles better), on the fixture world, as a separate process, and with bad input.
/// </summary>
public class ExplainCommandTests
{
    [Test]
    public async Task Stripes_unit_3_ranks_triangles_above_stripes_and_its_top_examples_show_triangles()
    {
        CliRun run = await CliRun.Of("explain", "bottleneck", "3", "--assembly", RepositoryPaths.StripesWorldAssembly);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        string[] ranking = RankedConcepts(run.Output);
        Assert.That(ranking[0], Is.EqualTo("triangles"), run.Output);
        Assert.That(Array.IndexOf(ranking, "stripes"), Is.GreaterThan(0), "stripes, the label, is not what the unit tracks best held out");
        Assert.That(run.Output, Does.Contain("Strongest held-out response: triangles"));
        Assert.That(run.Output, Does.Contain("Top 10 activating examples of 'held-out'"));
    }

    [Test]
    public async Task The_fixture_unit_0_is_explained_by_a_which_beats_the_null()
    {
        CliRun run = await CliRun.Of("explain", "hidden", "0", "--assembly", RepositoryPaths.FixtureAssembly, "--top", "3");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(RankedConcepts(run.Output), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(run.Output, Does.Contain("Strongest held-out response: a (worst held-out AUROC 1.00"));
        Assert.That(run.Output, Does.Contain("beating the null"));
        Assert.That(run.Output, Does.Contain("Top 3 activating examples of 'held-out'"));
    }

    [Test]
    public async Task A_named_direction_can_be_explained()
    {
        CliRun run = await CliRun.Of("explain", "hidden", "--direction", "a-axis", "--assembly", RepositoryPaths.FixtureAssembly);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Output, Does.Contain("direction 'a-axis' in hidden"));
        Assert.That(RankedConcepts(run.Output)[0], Is.EqualTo("a"));
    }

    [Test]
    public async Task The_same_command_prints_the_same_figures_twice()
    {
        CliRun first = await CliRun.Of("explain", "hidden", "1", "--assembly", RepositoryPaths.FixtureAssembly);
        CliRun second = await CliRun.Of("explain", "hidden", "1", "--assembly", RepositoryPaths.FixtureAssembly);

        Assert.That(second.Output, Is.EqualTo(first.Output));
    }

    [Test]
    public async Task The_tool_as_its_own_process_loads_TorchSharp_native_libraries_from_the_claim_project()
    {
        // The tool's output has TorchSharp's managed assembly only; the native libraries come from the claim project's.
        Assert.That(Directory.EnumerateFiles(Path.GetDirectoryName(RepositoryPaths.CliAssembly)!, "libtorch*", SearchOption.AllDirectories), Is.Empty);

        (int exitCode, string output) = await RunTool("explain", "hidden", "0", "--assembly", RepositoryPaths.FixtureAssembly);

        Assert.That(exitCode, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("Strongest held-out response: a"));
    }

    [Test]
    public async Task An_unknown_layer_is_CLM5001()
    {
        CliRun run = await CliRun.Of("explain", "no.such.layer", "0", "--assembly", RepositoryPaths.FixtureAssembly);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Output, Does.Contain("error CLM5001:"));
    }

    [Test]
    public async Task A_unit_outside_the_layer_is_CLM5002()
    {
        CliRun run = await CliRun.Of("explain", "hidden", "7", "--assembly", RepositoryPaths.FixtureAssembly);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Output, Does.Contain("error CLM5002: unit 7 is out of range: layer 'hidden' has 4 units"));
    }

    [Test]
    public async Task An_unknown_direction_is_CLM5010()
    {
        CliRun run = await CliRun.Of("explain", "hidden", "--direction", "b-axis", "--assembly", RepositoryPaths.FixtureAssembly);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Output, Does.Contain("error CLM5010:"));
    }

    [Test]
    public async Task An_unknown_audit_target_type_is_CLM4203_and_lists_the_known_ones()
    {
        CliRun run = await CliRun.Of("explain", "hidden", "0", "--assembly", RepositoryPaths.FixtureAssembly, "--target", "NoSuchWorld");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Output, Does.Contain("error CLM4203: no audit target type 'NoSuchWorld'"));
        Assert.That(run.Output, Does.Contain("ClaimCheck.Cli.Claims.TwoFeatureWorld"));
    }

    [Test]
    public async Task Without_a_unit_or_direction_explain_is_a_usage_error()
    {
        CliRun run = await CliRun.Of("explain", "hidden", "--assembly", RepositoryPaths.FixtureAssembly);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Output, Does.Contain("usage: explain needs exactly one subject: a UNIT index, or --direction NAME"));
    }

    /// <summary>The concept column of the ranking table, top to bottom.</summary>
    private static string[] RankedConcepts(string output)
    {
        int start = output.IndexOf("What it responds to", StringComparison.Ordinal);
        int end = output.IndexOf("activating examples", start, StringComparison.Ordinal);
        return Regex.Matches(output[start..end], @"^\W*\d+\W+([a-z]+)\b", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();
    }

    private static async Task<(int ExitCode, string Output)> RunTool(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(RepositoryPaths.CliAssembly);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
