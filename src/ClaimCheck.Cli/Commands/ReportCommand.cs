using System.CommandLine;
using ClaimCheck.Reporting;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// <c>claimcheck report [RESULTS] [--out DIR]</c>: writes the HTML page (verdict table, plots, counterexample pictures)
/// and the Markdown summary of a run from its results folder (what <c>run</c> or <c>dotnet test</c> with
/// <c>CLAIMCHECK_RESULTS_DIR</c> left there). Bad input (no folder, no results) exits 2 with its diagnostic.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var results = new Argument<string>("RESULTS")
        {
            Description = "The results folder of a run (default: ./claimcheck-results, where 'run' writes).",
            DefaultValueFactory = _ => "claimcheck-results",
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Where index.html and summary.md go (default: ./claimcheck-report).",
            DefaultValueFactory = _ => "claimcheck-report",
        };
        var command = new Command("report", "Write the HTML report and Markdown summary of a run.") { results, output };
        command.SetAction(parsed => Write(context, parsed.GetValue(results)!, parsed.GetValue(output)!));
        return command;
    }

    private static int Write(CliContext context, string results, string output)
    {
        RunReportFiles files = RunReport.Write(context.FullPath(results), context.FullPath(output));
        context.Console.MarkupLine(
            $"Report of {files.Claims} claim(s) with {files.Plots} plot(s): {Markup.Escape(files.Index)} and {Markup.Escape(files.Summary)}");
        return ExitCodes.Success;
    }
}
