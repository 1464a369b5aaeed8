using System.Text;
using ClaimCheck.Diagnostics;
using ClaimCheck.Reporting.Results;
using ClaimCheck.Reports;

namespace ClaimCheck.Reporting.Markdown;

/// <summary>
/// The verdict table in GitHub-flavoured Markdown, fit for <c>$GITHUB_STEP_SUMMARY</c> or a pull-request comment:
/// one row per claim (claim, verdict, test outcome, diagnostic IDs linked to their rule pages, key figures), then the
/// warnings and errors with their messages.
/// </summary>
internal static class MarkdownSummary
{
    public static string Build(IReadOnlyList<ClaimRecord> claims, ReportOptions options, string? rulesBase)
    {
        var md = new StringBuilder();
        md.Append("## ").Append(Cell(options.Title)).Append("\n\n")
            .Append(VerdictCounts.Sentence(claims.Select(c => c.Document.Verdict.ToString()))).Append("\n\n")
            .Append("| claim | verdict | test | diagnostics | key figures |\n")
            .Append("| --- | --- | --- | --- | --- |\n");
        foreach (ClaimRecord c in claims)
        {
            VerdictDocument d = c.Document;
            md.Append("| `").Append(c.Id.Replace("`", "'", StringComparison.Ordinal)).Append("`<br>").Append(Cell(d.Claim))
                .Append(" | **").Append(Cell(d.Verdict.ToString())).Append("** | ").Append(Cell(c.Outcome?.Status.ToString() ?? ""))
                .Append(" | ").Append(string.Join(" ", d.Diagnostics.Select(f => f.Id).Distinct(StringComparer.Ordinal).Select(id => Rule(id, rulesBase))))
                .Append(" | ").Append(string.Join("<br>", (d.KeyFigures ?? []).Select(f => Cell($"{f.Label}: {f.Value}"))))
                .Append(" |\n");
        }

        DocumentDiagnostic[] findings = [.. claims.SelectMany(c => c.Document.Diagnostics.Where(Decisive))];
        if (findings.Length > 0)
        {
            md.Append("\n### Findings\n\n");
            foreach (ClaimRecord c in claims)
            {
                foreach (DocumentDiagnostic d in c.Document.Diagnostics.Where(Decisive))
                {
                    md.Append("- `").Append(c.Id).Append("`: ").Append(Severities.Name(d.Severity)).Append(' ').Append(Rule(d.Id, rulesBase))
                        .Append(": ").Append(Line(d.Message)).Append('\n');
                }
            }
        }

        return md.ToString();
    }

    private static bool Decisive(DocumentDiagnostic d) => d.Severity is Severity.Warning or Severity.Error;

    private static string Rule(string id, string? rulesBase) => RuleLinks.Page(rulesBase, id) is { } page ? $"[{id}]({page})" : id;

    // A table cell is one line, and '|' would end it.
    private static string Cell(string text) => Line(text).Replace("|", "\\|", StringComparison.Ordinal);

    private static string Line(string text) => text.ReplaceLineEndings(" ");
}
