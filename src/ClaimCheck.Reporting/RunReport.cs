using System.Text;
using ClaimCheck.Reporting.Html;
using ClaimCheck.Reporting.Markdown;
using ClaimCheck.Reporting.Plots;
using ClaimCheck.Reports;

namespace ClaimCheck.Reporting;

/// <summary>
/// The report of a claim run: reads the results folder the run wrote (one <c>&lt;ClaimId&gt;.full.json</c> per claim,
/// with <c>.outcome.json</c> and counterexample pictures when present) and writes <c>index.html</c> (verdict table,
/// a section per claim with findings, key figures, plots and counterexamples; self-contained) and <c>summary.md</c>
/// (the verdict table in Markdown, for <c>$GITHUB_STEP_SUMMARY</c>). The same results give the same bytes.
/// </summary>
/// <example>
/// <code>
/// RunReportFiles files = RunReport.Write("examples/StripesWorld.Claims/bin/Release/net10.0/claimcheck", "artifacts/report");
/// Console.WriteLine(File.ReadAllText(files.Summary));
/// </code>
/// </example>
public static class RunReport
{
    /// <summary>The HTML report's file name.</summary>
    public const string IndexFile = "index.html";

    /// <summary>The Markdown summary's file name.</summary>
    public const string SummaryFile = "summary.md";

    /// <summary>Writes the report of <paramref name="resultsDirectory"/> into <paramref name="outputDirectory"/> (created when missing).</summary>
    /// <exception cref="Diagnostics.ClaimCheckException">CLM4250, CLM4251 or CLM4252 when the results cannot be read.</exception>
    public static RunReportFiles Write(string resultsDirectory, string outputDirectory) => Write(resultsDirectory, outputDirectory, new ReportOptions());

    /// <summary>Writes the report with <paramref name="options"/>.</summary>
    /// <exception cref="Diagnostics.ClaimCheckException">CLM4250, CLM4251 or CLM4252 when the results cannot be read.</exception>
    public static RunReportFiles Write(string resultsDirectory, string outputDirectory, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(resultsDirectory);
        ArgumentNullException.ThrowIfNull(outputDirectory);
        ArgumentNullException.ThrowIfNull(options);
        IReadOnlyList<ClaimRecord> records = ClaimRecords.Read(resultsDirectory);
        ReportedClaim[] claims = [.. records.Select(r => new ReportedClaim(r, ClaimPlots.Render(r.Document)))];

        Directory.CreateDirectory(outputDirectory);
        string? rulesBase = options.RulesBase ?? RuleLinks.Find(outputDirectory);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        string index = Path.Combine(outputDirectory, IndexFile);
        string summary = Path.Combine(outputDirectory, SummaryFile);
        File.WriteAllText(index, HtmlReport.Build(claims, options, rulesBase), utf8);
        File.WriteAllText(summary, MarkdownSummary.Build(records, options, rulesBase), utf8);
        return new RunReportFiles(index, summary, claims.Length, claims.Sum(c => c.Plots.Count));
    }
}

/// <summary>What <see cref="RunReport.Write(string, string)"/> wrote.</summary>
/// <param name="Index">The HTML report's path.</param>
/// <param name="Summary">The Markdown summary's path.</param>
/// <param name="Claims">How many claims it reports.</param>
/// <param name="Plots">How many plots it drew.</param>
public sealed record RunReportFiles(string Index, string Summary, int Claims, int Plots);
