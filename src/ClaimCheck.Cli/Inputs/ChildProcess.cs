using System.Diagnostics;

namespace ClaimCheck.Cli.Inputs;

/// <summary>The result of a child process: its exit code and everything it printed, stdout and stderr interleaved.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Lines">The lines printed.</param>
internal sealed record ChildResult(int ExitCode, IReadOnlyList<string> Lines)
{
    /// <summary>The last <paramref name="count"/> lines, for an error message.</summary>
    public string Tail(int count) => string.Join('\n', Lines.Skip(Math.Max(0, Lines.Count - count)));
}

/// <summary>Runs <c>dotnet</c> (build, msbuild, test) as a child process.</summary>
internal static class ChildProcess
{
    /// <summary>
    /// The dotnet executable: the one that started this process when the SDK says so (<c>DOTNET_HOST_PATH</c>), so a
    /// tool run by one SDK builds with the same one, else <c>dotnet</c> on the PATH.
    /// </summary>
    public static string Dotnet(CliContext context) =>
        context.Variable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> and waits for it.</summary>
    /// <param name="context">The command's context (for the dotnet executable and the working directory).</param>
    /// <param name="arguments">The arguments, one per item (no shell quoting).</param>
    /// <param name="environment">Variables to set in the child, on top of this process's.</param>
    /// <param name="onLine">Called with each line as it is printed (from a reader thread).</param>
    /// <param name="cancellation">Kills the child when cancelled.</param>
    public static async Task<ChildResult> RunDotnetAsync(
        CliContext context,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        Action<string>? onLine = null,
        CancellationToken cancellation = default)
    {
        var start = new ProcessStartInfo(Dotnet(context))
        {
            WorkingDirectory = context.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Plain output: the lines are read by this tool (and shown to people only on failure).
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["TERM"] = "dumb";
        foreach ((string name, string value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var lines = new List<string>();
        using var process = new Process { StartInfo = start };
        DataReceivedEventHandler collect = (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (lines)
            {
                lines.Add(e.Data);
            }

            onLine?.Invoke(e.Data);
        };
        process.OutputDataReceived += collect;
        process.ErrorDataReceived += collect;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        // The parameterless wait drains the redirected streams, so no line is lost after exit.
        process.WaitForExit();
        lock (lines)
        {
            return new ChildResult(process.ExitCode, lines.ToArray());
        }
    }
}
