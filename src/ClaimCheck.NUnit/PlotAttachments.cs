using ClaimCheck.Reporting.Html;
using ClaimCheck.Reporting.Plots;
using ClaimCheck.Reports;
using NUnit.Framework;

namespace ClaimCheck.NUnit;

/// <summary>Draws a claim's evidence plots from its full-precision document and attaches them to the test result.</summary>
internal static class PlotAttachments
{
    public static void Attach(VerdictDocument fullPrecision, string claimId, string folder, TextWriter output)
    {
        // Text needs no native library: token-level examples are attached whatever happens to the plots.
        if (TokenExamplesHtml.Page(fullPrecision, $"{claimId}: examples token by token") is { } page)
        {
            string pagePath = Path.Combine(folder, $"{claimId}.tokens.html");
            File.WriteAllText(pagePath, page);
            TestContext.AddTestAttachment(pagePath, "examples as text coloured by the subject's score at each token");
        }

        IReadOnlyList<ClaimPlot> plots;
        try
        {
            plots = ClaimPlots.Render(fullPrecision);
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException)
        {
            // Plots are for reading; a machine whose SkiaSharp native library does not load still gets its verdict.
            output.WriteLine($"  plots not attached: SkiaSharp's native library did not load ({e.GetBaseException().Message})");
            return;
        }

        foreach (ClaimPlot plot in plots)
        {
            string path = Path.Combine(folder, $"{claimId}.{plot.Name}.png");
            File.WriteAllBytes(path, plot.Png);
            TestContext.AddTestAttachment(path, plot.Caption);
        }
    }
}
