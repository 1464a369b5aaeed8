using System.CommandLine;
using ClaimCheck.Cli.Commands;
using ClaimCheck.Cli.Output;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Cli;

/// <summary>The <c>claimcheck</c> command line: its commands, argument errors and how failures become exit codes.</summary>
internal static class CliApp
{
    /// <summary>Runs the command line <paramref name="args"/> and returns its exit code (see <see cref="ExitCodes"/>).</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        RootCommand root = Build(context);
        ParseResult parsed = root.Parse(args);
        var writer = new ConsoleTextWriter(context.Console);
        if (parsed.Errors.Count > 0)
        {
            // Argument mistakes are bad input (exit 2), not findings: a CI gate must not read a typo as a failed claim.
            foreach (System.CommandLine.Parsing.ParseError error in parsed.Errors)
            {
                DiagnosticOutput.Usage(context.Console, error.Message);
            }

            DiagnosticOutput.Usage(context.Console, "run 'claimcheck --help' (or 'claimcheck COMMAND --help') for the syntax");
            return ExitCodes.BadInput;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = writer, Error = writer, EnableDefaultExceptionHandler = false }, cancellation)
                .ConfigureAwait(false);
        }
        catch (ClaimCheckException e)
        {
            DiagnosticOutput.Write(context.Console, e.Diagnostic);
            return e.Diagnostic.Id == DiagnosticIds.BuildFailed ? ExitCodes.ToolFailure : ExitCodes.BadInput;
        }
    }

    private static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("claimcheck: run interpretability claims, review their snapshots, explain what a unit responds to.")
        {
            RunCommand.Create(context),
            AcceptCommand.Create(context),
            DanglingCommand.Create(context),
            ExplainCommand.Create(context),
            ReportCommand.Create(context),
            CacheCommand.Create(context),
        };
        return root;
    }
}
