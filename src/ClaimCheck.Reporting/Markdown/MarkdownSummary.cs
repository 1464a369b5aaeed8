using System.Text;
using ClaimCheck.Reporting.Results;

namespace ClaimCheck.Reporting.Markdown;

/// <summary>
/// The verdict table in GitHub-flavoured Markdown, fit for <c>$GITHUB_STEP_SUMMARY</c> or a pull-request comment:
/// one row per claim (claim, verdict, test outcome, diagnostic IDs linked to their rule pages, key figures), then the
/// warnings and errors with their messages.
/// </summary>
internal static class MarkdownSummary
{
    public static string Build(IReadOnlyList<ClaimSummary> claims, ReportOptions options, string? rulesBase)
    {
        var md = new StringBuilder();
        md.Append("## ").Append(Cell(options.Title)).Append("\n\n")
            .Append(VerdictCounts.Sentence(claims.Select(c => c.Verdict))).Append("\n\n")
            .Append("| claim | verdict | test | diagnostics | key figures |\n")
            .Append("| --- | --- | --- | --- | --- |\n");
        foreach (ClaimSummary c in claims)
        {
            md.Append("| `").Append(c.Id.Replace("`", "'", StringComparison.Ordinal)).Append("`<br>").Append(Cell(c.Claim))
                .Append(" | **").Append(Cell(c.Verdict)).Append("** | ").Append(Cell(c.Outcome?.Status ?? ""))
                .Append(" | ").Append(string.Join(" ", c.Diagnostics.Select(d => d.Id).Distinct(StringComparer.Ordinal).Select(id => Rule(id, rulesBase))))
                .Append(" | ").Append(string.Join("<br>", c.Figures.Select(f => Cell($"{f.Label}: {f.Value}"))))
                .Append(" |\n");
        }

        DiagnosticLine[] findings = claims.SelectMany(c => c.Diagnostics.Where(d => d.Severity is "warning" or "error")).ToArray();
        if (findings.Length > 0)
        {
            md.Append("\n### Findings\n\n");
            foreach (ClaimSummary c in claims)
            {
                foreach (DiagnosticLine d in c.Diagnostics.Where(d => d.Severity is "warning" or "error"))
                {
                    md.Append("- `").Append(c.Id).Append("`: ").Append(d.Severity).Append(' ').Append(Rule(d.Id, rulesBase))
                        .Append(": ").Append(Line(d.Message)).Append('\n');
                }
            }
        }

        return md.ToString();
    }

    private static string Rule(string id, string? rulesBase) => RuleLinks.Page(rulesBase, id) is { } page ? $"[{id}]({page})" : id;

    // A table cell is one line, and '|' would end it.
    private static string Cell(string text) => Line(text).Replace("|", "\\|", StringComparison.Ordinal);

    private static string Line(string text) => text.ReplaceLineEndings(" ");
}
