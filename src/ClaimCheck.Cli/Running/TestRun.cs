using ClaimCheck.Cli.Inputs;
using ClaimCheck.Cli.Selection;
using ClaimCheck.Running;

namespace ClaimCheck.Cli.Running;

/// <summary>
/// Runs the chosen claims through <c>dotnet test</c> on the built claim assembly, with
/// <c>CLAIMCHECK_RESULTS_DIR</c> pointing at the results folder, and keeps the test host's output in
/// <c>dotnet-test.log</c> there.
/// </summary>
internal static class TestRun
{
    /// <summary>The log of the test host's output, in the results folder.</summary>
    public const string LogFile = "dotnet-test.log";

    /// <summary>Runs the tests named <paramref name="testNames"/>; <paramref name="echo"/> sees each output line.</summary>
    public static async Task<ChildResult> RunAsync(
        CliContext context, string assemblyPath, IEnumerable<string> testNames, string resultsFolder, Action<string>? echo, CancellationToken cancellation)
    {
        string[] arguments =
        [
            "test", assemblyPath,
            "--filter", TestFilter.For(testNames),
            "--logger", "console;verbosity=normal",
        ];
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { [ResultsFolder.Variable] = resultsFolder };
        ChildResult result = await ChildProcess.RunDotnetAsync(context, arguments, environment, echo, cancellation).ConfigureAwait(false);
        await File.WriteAllLinesAsync(Path.Combine(resultsFolder, LogFile), result.Lines, cancellation).ConfigureAwait(false);
        return result;
    }
}
