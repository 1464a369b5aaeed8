using System.Globalization;
using System.Net;
using System.Text;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence;
using ClaimCheck.Reporting.Plots;
using ClaimCheck.Reporting.Results;
using ClaimCheck.Reports;
using ClaimCheck.Running;

namespace ClaimCheck.Reporting.Html;

/// <summary>
/// Writes the run report as one self-contained HTML page: a verdict table (claim, verdict, test outcome, diagnostics
/// linked to their rule pages, key figures with intervals) and a section per claim with its findings, figures, plots
/// and minimal counterexample pictures. Images are embedded as data URIs; no external script, style or font. A few
/// lines of inline script check, once the page has loaded, that every image decoded, and say so at the bottom of the
/// page (the browser test reads that line).
/// </summary>
internal static class HtmlReport
{
    /// <summary>The id of the element the render check writes to.</summary>
    public const string RenderCheckId = "render-check";

    public static string Build(IReadOnlyList<ReportedClaim> claims, ReportOptions options, string? rulesBase)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(options.Title)).Append("</title>\n<style>\n").Append(Style).Append(TokenExamplesHtml.Style).Append("</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(E(options.Title)).Append("</h1>\n")
            .Append("<p class=\"counts\">").Append(E(VerdictCounts.Sentence(claims.Select(c => c.Record.Document.Verdict.ToString())))).Append("</p>\n");
        VerdictTable(html, claims, rulesBase);
        foreach (ReportedClaim claim in claims)
        {
            Section(html, claim, rulesBase);
        }

        int images = claims.Sum(c => c.Plots.Count + c.Record.Counterexamples.Count);
        html.Append("<p id=\"").Append(RenderCheckId).Append("\" data-images=\"").Append(images.ToString(CultureInfo.InvariantCulture))
            .Append("\">The image check did not run (scripts are off).</p>\n")
            .Append("<script>\n").Append(RenderCheck).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void VerdictTable(StringBuilder html, IReadOnlyList<ReportedClaim> claims, string? rulesBase)
    {
        html.Append("<table id=\"verdicts\">\n<thead><tr><th>claim</th><th>verdict</th><th>test</th><th>diagnostics</th><th>key figures</th></tr></thead>\n<tbody>\n");
        foreach (ReportedClaim claim in claims)
        {
            VerdictDocument s = claim.Record.Document;
            html.Append("<tr><td><a href=\"#").Append(E(Anchor(claim.Record.Id))).Append("\"><code>").Append(E(claim.Record.Id)).Append("</code></a><br>")
                .Append(E(s.Claim)).Append("</td><td>").Append(Verdict(s.Verdict.ToString())).Append("</td><td>")
                .Append(E(claim.Record.Outcome?.Status.ToString() ?? "")).Append("</td><td>");
            // One link per ID in the table (a finding per split repeats its ID); the claim's section lists them all.
            foreach (DocumentDiagnostic d in s.Diagnostics.DistinctBy(d => d.Id))
            {
                html.Append("<span class=\"sev ").Append(Severities.Name(d.Severity)).Append("\" title=\"").Append(E(Severities.Name(d.Severity) + ": " + d.Message)).Append("\">")
                    .Append(RuleLink(d.Id, rulesBase)).Append("</span> ");
            }

            html.Append("</td><td>");
            foreach (EvidenceFigure f in s.KeyFigures ?? [])
            {
                html.Append("<div>").Append(E(f.Label)).Append(": <span class=\"num\">").Append(E(f.Value)).Append("</span></div>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Section(StringBuilder html, ReportedClaim claim, string? rulesBase)
    {
        VerdictDocument s = claim.Record.Document;
        string id = claim.Record.Id;
        html.Append("<section class=\"claim\" id=\"").Append(E(Anchor(id))).Append("\">\n<h2><code>").Append(E(id)).Append("</code> ")
            .Append(Verdict(s.Verdict.ToString())).Append("</h2>\n<p class=\"text\">").Append(E(s.Claim)).Append("</p>\n")
            .Append("<p class=\"what\">").Append(E($"{s.Kind}: {s.Subject.Description} — concept {s.Concept}")).Append("</p>\n");
        if (claim.Record.Outcome is { } outcome)
        {
            html.Append("<p class=\"outcome\">test ").Append(E(outcome.Status.ToString()));
            if (!string.IsNullOrEmpty(outcome.Message))
            {
                html.Append(": <span class=\"message\">").Append(E(outcome.Message)).Append("</span>");
            }

            html.Append("</p>\n");
        }

        if (s.Diagnostics.Count > 0)
        {
            html.Append("<ul class=\"diagnostics\">\n");
            foreach (DocumentDiagnostic d in s.Diagnostics)
            {
                html.Append("<li><span class=\"sev ").Append(Severities.Name(d.Severity)).Append("\">").Append(Severities.Name(d.Severity)).Append("</span> ")
                    .Append(RuleLink(d.Id, rulesBase)).Append(": ").Append(E(d.Message)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        if (s.KeyFigures is { Count: > 0 } figures)
        {
            html.Append("<table class=\"figures\"><thead><tr><th>evidence</th><th>figure</th><th>value [95% interval]</th></tr></thead><tbody>\n");
            foreach (EvidenceFigure f in figures)
            {
                html.Append("<tr><td>").Append(E(f.Evidence)).Append("</td><td>").Append(E(f.Label)).Append("</td><td class=\"num\">").Append(E(f.Value)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        if (claim.Plots.Count > 0)
        {
            html.Append("<div class=\"plots\">\n");
            foreach (ClaimPlot plot in claim.Plots)
            {
                Figure(html, plot.Png, $"{id} {plot.Name}", plot.Caption, "plot");
            }

            html.Append("</div>\n");
        }

        html.Append(TokenExamplesHtml.Fragment(s));

        if (claim.Record.Counterexamples.Count > 0)
        {
            html.Append("<h3>Minimal counterexamples</h3>\n<div class=\"plots\">\n");
            foreach (CounterexamplePicture picture in claim.Record.Counterexamples)
            {
                Figure(html, picture.Png, $"{id} {picture.Kind} counterexample", $"Smallest failing {picture.Kind} edit: base (left) | edited (right).", "counterexample");
            }

            html.Append("</div>\n");
        }

        html.Append("</section>\n");
    }

    private static void Figure(StringBuilder html, byte[] png, string alt, string caption, string cssClass)
    {
        html.Append("<figure class=\"").Append(cssClass).Append("\"><img alt=\"").Append(E(alt)).Append('"');
        if (PngSize.Of(png) is { } size)
        {
            html.Append(" width=\"").Append(size.Width.ToString(CultureInfo.InvariantCulture))
                .Append("\" height=\"").Append(size.Height.ToString(CultureInfo.InvariantCulture)).Append('"');
        }

        html.Append(" src=\"data:image/png;base64,").Append(Convert.ToBase64String(png)).Append("\"><figcaption>")
            .Append(E(caption)).Append("</figcaption></figure>\n");
    }

    private static string Verdict(string verdict) => $"<span class=\"verdict {E(verdict)}\">{E(verdict)}</span>";

    private static string RuleLink(string id, string? rulesBase) =>
        RuleLinks.Page(rulesBase, id) is { } page ? $"<a href=\"{E(page)}\">{E(id)}</a>" : E(id);

    private static string Anchor(string id) => "claim-" + ClaimPlots.FileSafe(id);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; margin: 1.5em; color: #222; max-width: 1300px; }
        h1 { margin-bottom: 0.2em; }
        table { border-collapse: collapse; margin: 0.8em 0; }
        th, td { border: 1px solid #ccc; padding: 0.35em 0.6em; text-align: left; vertical-align: top; font-size: 0.9em; }
        th { background: #f2f2f2; }
        code { font-size: 0.95em; }
        .num { font-family: "DejaVu Sans Mono", monospace; font-size: 0.95em; }
        .verdict { display: inline-block; padding: 0.1em 0.5em; border-radius: 0.3em; color: #fff; font-weight: bold; font-size: 0.9em; }
        .verdict.Holds { background: #1e8449; }
        .verdict.Brittle { background: #b9770e; }
        .verdict.Refuted { background: #922b21; }
        .verdict.Inconclusive { background: #5d6d7e; }
        .sev { font-family: "DejaVu Sans Mono", monospace; }
        .sev.error { color: #922b21; font-weight: bold; }
        .sev.warning { color: #9a6700; font-weight: bold; }
        .sev.info { color: #5d6d7e; }
        section.claim { border-top: 2px solid #ddd; margin-top: 2em; padding-top: 0.5em; }
        .what, .outcome { color: #555; }
        .plots { display: flex; flex-wrap: wrap; gap: 1em; }
        figure { margin: 0; max-width: 560px; }
        figcaption { font-size: 0.85em; color: #555; }
        img.counterexample, figure.counterexample img { image-rendering: pixelated; border: 1px solid #ccc; }
        #render-check { color: #777; font-size: 0.85em; margin-top: 2em; }

        """;

    // Counts the images that decoded to a non-zero size once everything has loaded, and says so in the page.
    private const string RenderCheck = """
        window.addEventListener('load', function () {
          var images = Array.prototype.slice.call(document.images);
          var rendered = images.filter(function (i) { return i.complete && i.naturalWidth > 0 && i.naturalHeight > 0; }).length;
          var check = document.getElementById('render-check');
          check.setAttribute('data-rendered', String(rendered));
          check.textContent = rendered === images.length
            ? 'All ' + rendered + ' images rendered.'
            : (images.length - rendered) + ' of ' + images.length + ' images did not render.';
        });

        """;
}
