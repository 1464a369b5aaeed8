using Spectre.Console;

namespace ClaimCheck.Cli;

/// <summary>
/// What a command may touch outside its arguments: the console, the environment variables and the working
/// directory. Tests pass their own, so a test of <c>accept</c> under <c>CI=true</c> never changes the process.
/// </summary>
/// <param name="Console">Where output goes.</param>
/// <param name="Variable">Reads an environment variable (null when unset).</param>
/// <param name="WorkingDirectory">The folder relative paths are read against.</param>
internal sealed record CliContext(IAnsiConsole Console, Func<string, string?> Variable, string WorkingDirectory)
{
    /// <summary>The real process: its console, environment and current directory.</summary>
    public static CliContext FromProcess(IAnsiConsole console) =>
        new(console, Environment.GetEnvironmentVariable, Directory.GetCurrentDirectory());

    /// <summary>An absolute path for <paramref name="path"/>, read against the working directory.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
