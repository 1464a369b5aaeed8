using System.Text.RegularExpressions;
using ClaimCheck.Reporting.Html;
using ClaimCheck.Reports;
using ClaimCheck.Running;
using NUnit.Framework;

namespace ClaimCheck.Reporting.Tests;

public class RunReportTests
{
    private static readonly ReportOptions Options = new() { RulesBase = "../docs/rules/" };

    [Test]
    public void The_html_has_one_verdict_row_per_claim_and_embeds_every_image()
    {
        using var output = new TempFolder();
        IReadOnlyList<ClaimRecord> results = ClaimRecords.Read(RealResults.Folder);

        RunReportFiles files = RunReport.Write(RealResults.Folder, output.Path, Options);
        string html = File.ReadAllText(files.Index);

        string table = html[html.IndexOf("<table id=\"verdicts\">", StringComparison.Ordinal)..html.IndexOf("</table>", StringComparison.Ordinal)];
        int counterexamples = results.Sum(r => r.Counterexamples.Count);
        Assert.Multiple(() =>
        {
            Assert.That(files.Claims, Is.EqualTo(results.Count));
            Assert.That(Regex.Count(table, "<tr><td><a href=\"#claim-"), Is.EqualTo(results.Count));
            foreach (ClaimRecord r in results)
            {
                string verdict = r.Document.Verdict.ToString();
                Assert.That(table, Does.Contain($"<code>{r.Id}</code>"));
                Assert.That(html, Does.Contain($"<section class=\"claim\" id=\"claim-{r.Id.Replace('.', '-')}\">\n<h2><code>{r.Id}</code> <span class=\"verdict {verdict}\">{verdict}</span>"));
            }

            Assert.That(counterexamples, Is.GreaterThan(0), "the fixture has an edit claim with counterexamples");
            Assert.That(Regex.Count(html, "<img "), Is.EqualTo(files.Plots + counterexamples));
            Assert.That(Regex.Count(html, "<img [^>]*src=\"data:image/png;base64,"), Is.EqualTo(files.Plots + counterexamples));
            Assert.That(html, Does.Contain($"data-images=\"{files.Plots + counterexamples}\""));
            Assert.That(html, Does.Contain("<a href=\"../docs/rules/CLM1102.md\">CLM1102</a>"));
        });
    }

    [Test]
    public void The_html_loads_nothing_from_outside()
    {
        using var output = new TempFolder();
        string html = File.ReadAllText(RunReport.Write(RealResults.Folder, output.Path, Options).Index);

        Assert.That(Regex.Matches(html, "(src|href)=\"(https?:)?//").Select(m => m.Value), Is.Empty);
        Assert.That(html, Does.Not.Contain("<link").And.Not.Contain("<script src").And.Not.Contain("@import").And.Not.Contain("url("));
    }

    [Test]
    public void The_markdown_table_has_one_row_per_claim_with_linked_ids_and_intervals()
    {
        using var output = new TempFolder();
        IReadOnlyList<ClaimRecord> results = ClaimRecords.Read(RealResults.Folder);

        string[] lines = File.ReadAllLines(RunReport.Write(RealResults.Folder, output.Path, Options).Summary);

        string[] rows = lines.Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToArray();
        Assert.That(lines, Does.Contain("| claim | verdict | test | diagnostics | key figures |"));
        Assert.That(rows, Has.Length.EqualTo(results.Count));
        for (int i = 0; i < results.Count; i++)
        {
            string verdict = results[i].Document.Verdict.ToString();
            Assert.That(rows[i], Does.StartWith($"| `{results[i].Id}`<br>").And.Contain($"| **{verdict}** |"));
            Assert.That(rows[i].Split(" | ").Length, Is.EqualTo(5), $"a '|' inside a cell would add columns: {rows[i]}");
        }

        Assert.That(string.Join("\n", lines), Does.Contain("[CLM1102](../docs/rules/CLM1102.md)"));
        Assert.That(string.Join("\n", lines), Does.Match(@"AUROC on held-out \(held-out\): \d\.\d\d \[\d\.\d\d, \d\.\d\d\], null p = \d\.\d\d\d"));
    }

    [Test]
    public void The_same_results_give_the_same_bytes()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();

        RunReportFiles a = RunReport.Write(RealResults.Folder, first.Path, Options);
        RunReportFiles b = RunReport.Write(RealResults.Folder, second.Path, Options);

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllBytes(b.Index), Is.EqualTo(File.ReadAllBytes(a.Index)));
            Assert.That(File.ReadAllBytes(b.Summary), Is.EqualTo(File.ReadAllBytes(a.Summary)));
        });
    }

    [Test]
    public void The_outcome_file_shows_as_the_test_column()
    {
        using var results = new TempFolder();
        using var output = new TempFolder();
        string id = RealResults.Ids[0];
        File.Copy(Path.Combine(RealResults.Folder, id + ".full.json"), Path.Combine(results.Path, id + ".full.json"));
        VerdictDocument document = RealResults.Document(id);
        var outcome = new OutcomeRecord
        {
            Id = id,
            Claim = document.Claim,
            Target = document.Target,
            Verdict = document.Verdict,
            Expected = null,
            DecisiveIds = [],
            Status = OutcomeStatus.Failed,
            Message = "the verdict differs: Holds -> Brittle",
            Snapshot = null,
        };
        File.WriteAllText(Path.Combine(results.Path, id + OutcomeRecord.FileSuffix), outcome.ToText());

        RunReportFiles files = RunReport.Write(results.Path, output.Path, Options);

        Assert.That(File.ReadAllText(files.Index), Does.Contain("test Failed: <span class=\"message\">the verdict differs: Holds -&gt; Brittle</span>"));
        Assert.That(File.ReadAllText(files.Summary), Does.Contain("** | Failed | "));
    }

    [Test]
    public void Rule_links_point_at_the_commit_on_github_actions_and_at_the_checkout_elsewhere()
    {
        using var repo = new TempFolder();
        Directory.CreateDirectory(Path.Combine(repo.Path, "docs", "rules"));
        File.WriteAllText(Path.Combine(repo.Path, "docs", "rules", "README.md"), "# rules");
        string output = Path.Combine(repo.Path, "artifacts", "report");
        var github = new Dictionary<string, string>
        {
            ["GITHUB_SERVER_URL"] = "https://github.com",
            ["GITHUB_REPOSITORY"] = "owner/repo",
            ["GITHUB_SHA"] = "abc123",
        };

        Assert.Multiple(() =>
        {
            Assert.That(RuleLinks.Find(output, k => github.GetValueOrDefault(k)), Is.EqualTo("https://github.com/owner/repo/blob/abc123/docs/rules/"));
            Assert.That(RuleLinks.Find(output, _ => null), Is.EqualTo("../../docs/rules/"));
        });
    }

    [Test]
    public void Bad_results_write_no_report()
    {
        using var output = new TempFolder();
        string target = Path.Combine(output.Path, "report");

        Assert.Throws<Diagnostics.ClaimCheckException>(() => RunReport.Write(Path.Combine(output.Path, "missing"), target));
        Assert.That(Directory.Exists(target), Is.False);
    }
}
