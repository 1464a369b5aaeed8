using System.Globalization;
using System.Net;
using System.Text;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Reports;

namespace ClaimCheck.Reporting.Html;

/// <summary>
/// A token-level claim's examples as text coloured by the subject's score at each token (orange above 0, blue below,
/// stronger the further from 0 relative to the largest score shown), the labelled last token outlined: the picture
/// people expect of "this neuron fires inside strings". Read from the held-out plot data of a full-precision document;
/// nothing for claims whose target gives no tokens.
/// </summary>
public static class TokenExamplesHtml
{
    /// <summary>The style the fragment's classes need.</summary>
    public const string Style = """
        .tokens { font-family: ui-monospace, monospace; font-size: 0.85em; margin: 0.6em 0; }
        .tokens .example { white-space: pre; margin: 0.15em 0; }
        .tokens .meta { color: #666; font-family: sans-serif; font-size: 0.85em; margin-right: 0.6em; }
        .tokens .labelled { outline: 1px solid #000; }
        .tokens .newline { color: #999; }

        """;

    /// <summary>The examples of every split that has them as an HTML fragment, or an empty string when there are none.</summary>
    public static string Fragment(VerdictDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder();
        foreach (HeldOutSplitPlot split in (document.PlotData is { } data ? HeldOutSplitPlot.In(data) ?? [] : []).Where(s => s.TokenExamples is { Count: > 0 }))
        {
            IReadOnlyList<TokenExamplePlot> examples = split.TokenExamples!;
            double scale = examples.SelectMany(e => e.Activations).OfType<double>().Select(Math.Abs).DefaultIfEmpty(0).Max();
            html.Append("<div class=\"tokens\"><h3>Examples of '").Append(E(split.Split))
                .Append("', token by token</h3>\n<p class=\"meta\">Top: the subject's highest-scoring examples. Missed: examples with the concept it scores lowest. ")
                .Append("Colour: the subject's score at each token (orange above 0, blue below; the strongest shown is ")
                .Append(E(scale.ToString("G4", CultureInfo.InvariantCulture))).Append("); the outlined token is the one the claim reads.</p>\n");
            foreach (TokenExamplePlot example in examples)
            {
                Example(html, example, scale);
            }

            html.Append("</div>\n");
        }

        return html.ToString();
    }

    /// <summary>A standalone page around <see cref="Fragment"/> (a test attachment), or null when there are no examples.</summary>
    public static string? Page(VerdictDocument document, string title)
    {
        string fragment = Fragment(document);
        return fragment.Length == 0
            ? null
            : $"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{E(title)}</title>\n<style>\n{Style}</style>\n</head>\n<body>\n<h2>{E(title)}</h2>\n{fragment}</body>\n</html>\n";
    }

    private static void Example(StringBuilder html, TokenExamplePlot example, double scale)
    {
        IReadOnlyList<string> tokens = example.Tokens;
        double score = example.Score ?? double.NaN;
        html.Append("<div class=\"example\"><span class=\"meta\">")
            .Append(E(string.Create(CultureInfo.InvariantCulture, $"{example.Kind} #{example.Index} score {score:G4} concept {(example.Concept ? "present" : "absent")}")));
        if (example.Document is { } document)
        {
            html.Append(' ').Append(E(Path.GetFileName(document)));
        }

        html.Append("</span>");
        for (int i = 0; i < tokens.Count; i++)
        {
            double a = i < example.Activations.Count ? example.Activations[i] ?? double.NaN : double.NaN;
            html.Append("<span");
            if (i == tokens.Count - 1)
            {
                html.Append(" class=\"labelled\"");
            }

            html.Append(" style=\"background:").Append(Colour(a, scale)).Append("\" title=\"")
                .Append(E(a.ToString("G4", CultureInfo.InvariantCulture))).Append("\">").Append(Shown(tokens[i])).Append("</span>");
        }

        html.Append("</div>\n");
    }

    // Newlines and tabs would break the one-line picture: they show as visible marks.
    private static string Shown(string token) => token switch
    {
        "\n" => "<span class=\"newline\">⏎</span>",
        "\t" => "<span class=\"newline\">⇥</span>",
        _ => E(token),
    };

    private static string Colour(double activation, double scale)
    {
        if (!double.IsFinite(activation) || scale <= 0)
        {
            return "transparent";
        }

        double strength = Math.Clamp(Math.Abs(activation) / scale, 0, 1);
        string rgb = activation >= 0 ? "255,140,0" : "30,100,255";
        return string.Create(CultureInfo.InvariantCulture, $"rgba({rgb},{strength:0.000})");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
