using ClaimCheck.Evidence;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Reports;
using ClaimCheck.Reporting.Html;
using NUnit.Framework;

namespace ClaimCheck.Reporting.Tests;

/// <summary>Token-level examples render as escaped text coloured by score, the labelled token outlined.</summary>
public class TokenExamplesHtmlTests
{
    // A real document whose held-out plot data is replaced by one split with the given examples.
    private static VerdictDocument Document(IReadOnlyList<TokenExamplePlot>? examples) =>
        RealResults.Document(RealResults.Ids[0]) with
        {
            PlotData = HeldOutSplitPlot.Into(new EvidencePlots(), [new HeldOutSplitPlot("held-out", "held-out", 0.9, [0.8, 1.0], 0.01, 0.6, [0.5, 0.6]) { TokenExamples = examples }]),
        };

    private static TokenExamplePlot[] OneExample() =>
        [new TokenExamplePlot("top", 17, "/usr/lib/python3.11/json/decoder.py", Concept: true, 2.0, ["<", "\n", "x"], [-1.0, null, 2.0])];

    [Test]
    public void Tokens_are_escaped_and_coloured_by_their_score_relative_to_the_largest()
    {
        string html = TokenExamplesHtml.Fragment(Document(OneExample()));

        Assert.That(html, Does.Contain(">&lt;</span>"));
        Assert.That(html, Does.Contain("⏎"));
        Assert.That(html, Does.Contain("rgba(30,100,255,0.500)"), "−1 against a largest |score| of 2 is half-strength blue");
        Assert.That(html, Does.Contain("class=\"labelled\" style=\"background:rgba(255,140,0,1.000)\""), "the last token is the one the claim reads");
        Assert.That(html, Does.Contain("background:transparent"), "a missing score colours nothing");
        Assert.That(html, Does.Contain("decoder.py"));
    }

    [Test]
    public void A_document_without_token_examples_renders_nothing_and_has_no_page()
    {
        Assert.That(TokenExamplesHtml.Fragment(Document(null)), Is.Empty);
        Assert.That(TokenExamplesHtml.Page(Document(null) with { PlotData = null }, "t"), Is.Null);
    }

    [Test]
    public void The_page_stands_alone()
    {
        string? page = TokenExamplesHtml.Page(Document(OneExample()), "a <claim>");

        Assert.That(page, Does.StartWith("<!DOCTYPE html>").And.Contain(".tokens .labelled").And.Contain("a &lt;claim&gt;"));
    }
}
