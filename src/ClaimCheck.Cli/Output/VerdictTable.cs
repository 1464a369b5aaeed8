using ClaimCheck.Diagnostics;
using ClaimCheck.Running;
using ClaimCheck.Verdicts;
using Spectre.Console;

namespace ClaimCheck.Cli.Output;

/// <summary>One row of the verdict table: a record the test host wrote, or a claim that could not write one.</summary>
/// <param name="Id">The claim ID.</param>
/// <param name="Record">The outcome record, or null.</param>
/// <param name="Problem">Why there is no record (a declaration error, or CLM4206), or null.</param>
internal sealed record VerdictRow(string Id, OutcomeRecord? Record, Diagnostic? Problem)
{
    /// <summary>The row's status: the record's, or Failed when there is none.</summary>
    public OutcomeStatus Status => Record?.Status ?? OutcomeStatus.Failed;
}

/// <summary>The table a run ends with: one row per claim, then the reasons of each failure and a summary line.</summary>
internal static class VerdictTable
{
    /// <summary>Prints the table, the failures and the summary.</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<VerdictRow> rows, string resultsFolder)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("ClaimCheck verdicts");
        // The claim ID is what people search for and copy: never broken across lines.
        table.AddColumn(new TableColumn("Claim").NoWrap());
        table.AddColumns("World", "Verdict", "Expected", "Snapshot", "Outcome");
        foreach (VerdictRow row in rows)
        {
            OutcomeRecord? record = row.Record;
            table.AddRow(
                new Markup(Markup.Escape(row.Id)),
                new Markup(Markup.Escape(record?.Target ?? "-")),
                new Markup(record is null ? "-" : $"[{VerdictColour(record.Verdict)}]{Markup.Escape(WithIds(record.Verdict.ToString(), record.DecisiveIds))}[/]"),
                new Markup(Markup.Escape(Expected(record))),
                new Markup(Markup.Escape(record?.Snapshot?.Status.ToString() ?? "-")),
                new Markup($"[{StatusColour(row.Status)}]{row.Status}[/]"));
        }

        console.Write(table);
        foreach (VerdictRow row in rows.Where(r => r.Status == OutcomeStatus.Failed))
        {
            console.Write(new Rule($"[red]{Markup.Escape(row.Id)}[/]").LeftJustified());
            if (row.Problem is not null)
            {
                DiagnosticOutput.Write(console, row.Problem);
            }

            if (row.Record is not null)
            {
                console.WriteLine(row.Record.Message);
            }
        }

        int passed = rows.Count(r => r.Status == OutcomeStatus.Passed);
        int failed = rows.Count(r => r.Status == OutcomeStatus.Failed);
        int inconclusive = rows.Count(r => r.Status == OutcomeStatus.Inconclusive);
        console.MarkupLine($"{rows.Count} claim(s): [green]{passed} passed[/], [{(failed > 0 ? "red" : "green")}]{failed} failed[/], [{(inconclusive > 0 ? "yellow" : "green")}]{inconclusive} inconclusive[/]; records in {Markup.Escape(resultsFolder)}");
    }

    private static string Expected(OutcomeRecord? record) =>
        record is null ? "-"
        : record.Expected is { } expected ? WithIds(expected.Verdict.ToString(), expected.Diagnostics)
        : "Holds (default)";

    private static string WithIds(string verdict, IReadOnlyList<string> ids) =>
        ids.Count == 0 ? verdict : $"{verdict} {string.Join(" ", ids)}";

    private static string VerdictColour(Verdict verdict) => verdict switch
    {
        Verdict.Holds => "green",
        Verdict.Brittle => "yellow",
        Verdict.Refuted => "red",
        _ => "grey",
    };

    private static string StatusColour(OutcomeStatus status) => status switch
    {
        OutcomeStatus.Passed => "green",
        OutcomeStatus.Failed => "red",
        _ => "yellow",
    };
}
