using Spectre.Console;

namespace ClaimCheck.Cli.Tests.Support;

/// <summary>What one in-process run of the command line returned and printed.</summary>
internal sealed record CliRun(int ExitCode, string Output)
{
    /// <summary>
    /// Runs <c>claimcheck</c> with <paramref name="args"/> in this process, on a plain 200-column console, with only
    /// the environment variables given (so <c>CI</c> is whatever the test says, not what the machine says).
    /// </summary>
    public static async Task<CliRun> Of(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var writer = new StringWriter();
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 200;
        var context = new CliContext(console, name => environment?.GetValueOrDefault(name), RepositoryPaths.Root);
        int exitCode = await CliApp.RunAsync(args, context);
        return new CliRun(exitCode, writer.ToString());
    }

    /// <summary>Runs with an empty environment.</summary>
    public static Task<CliRun> Of(params string[] args) => Of(null, args);

    public override string ToString() => $"exit code {ExitCode}; output:\n{Output}";
}
