using System.Diagnostics;
using System.Text.RegularExpressions;
using ClaimCheck.Running;

namespace ClaimCheck.Cli.Tests.Support;

/// <summary>
/// One plain <c>dotnet test</c> run of the fixture claim assembly, as a user or a CI job runs it, with the totals line
/// it ended with (<c>Failed: 2, Passed: 0, Skipped: 0, Total: 2</c>).
/// </summary>
internal sealed partial record DotnetTest(int ExitCode, string Output)
{
    /// <summary>The totals line's counts; -1 each when no totals line was printed.</summary>
    public (int Failed, int Passed, int Skipped, int Total) Totals
    {
        get
        {
            Match match = TotalsLine().Match(Output);
            return match.Success
                ? (Count(match, "failed"), Count(match, "passed"), Count(match, "skipped"), Count(match, "total"))
                : (-1, -1, -1, -1);
        }
    }

    /// <summary>Runs the tests of the fixture assembly whose full names contain <paramref name="filter"/>.</summary>
    public static async Task<DotnetTest> Of(string filter, string resultsFolder)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "test", RepositoryPaths.FixtureAssembly, "--filter", $"FullyQualifiedName~{filter}" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment[ResultsFolder.Variable] = resultsFolder;
        start.Environment.Remove("CLAIMCHECK_ACCEPT");
        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new DotnetTest(process.ExitCode, output + await error);
    }

    public override string ToString() => $"dotnet test exited {ExitCode}; output:\n{Output}";

    private static int Count(Match match, string group) => int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Failed:\s+(?<failed>\d+), Passed:\s+(?<passed>\d+), Skipped:\s+(?<skipped>\d+), Total:\s+(?<total>\d+)")]
    private static partial Regex TotalsLine();
}
