namespace ClaimCheck.Cli;

/// <summary>The exit codes of every command (docs/cli.md lists them).</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked for was done and nothing failed.</summary>
    public const int Success = 0;

    /// <summary>The command ran and found a problem: a claim failed (run) or a verified snapshot dangles (dangling).</summary>
    public const int Findings = 1;

    /// <summary>The command could not do what was asked: bad arguments, bad input (with a diagnostic) or a refusal (accept under CI).</summary>
    public const int BadInput = 2;

    /// <summary>The tools around the claims failed: the build, or the test host stopped before every claim reported.</summary>
    public const int ToolFailure = 3;
}
