using ClaimCheck.Evidence;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Evidence.Steering;
using ClaimCheck.Reports;
using ClaimCheck.Reporting.Html;
using ClaimCheck.Reporting.Plots;
using NUnit.Framework;

namespace ClaimCheck.Reporting.Tests;

public class ClaimPlotsTests
{
    private static IEnumerable<string> Ids() => RealResults.Ids;

    [TestCaseSource(nameof(Ids))]
    public void Every_measured_distribution_gets_its_plot(string id)
    {
        VerdictDocument document = RealResults.Document(id);
        EvidencePlots data = document.PlotData!;
        var expected = new List<string>();
        foreach (HeldOutSplitPlot split in HeldOutSplitPlot.In(data) ?? [])
        {
            string name = ClaimPlots.FileSafe(split.Split);
            expected.AddRange([$"{name}.activations", $"{name}.null"]);
        }

        expected.AddRange((EditPlot.In(data)?.Kinds ?? []).Select(k => $"edits.{k.Kind}"));
        if (AblationPlot.In(data) is not null)
        {
            expected.AddRange(["ablation.effects", "ablation.null"]);
        }

        if (SteeringPlot.In(data) is not null)
        {
            expected.Add("steering.null");
        }

        IReadOnlyList<ClaimPlot> plots = ClaimPlots.Render(document);

        Assert.That(plots.Select(p => p.Name), Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(Ids))]
    public void Every_plot_is_a_drawn_png_of_the_stated_size(string id)
    {
        foreach (ClaimPlot plot in ClaimPlots.Render(RealResults.Document(id)))
        {
            (int width, int height, double drawn) = PngPixels.Measure(plot.Png);
            Assert.Multiple(() =>
            {
                Assert.That(PngSize.Of(plot.Png), Is.EqualTo((PlotStyle.Width, PlotStyle.Height)), plot.Name);
                Assert.That((width, height), Is.EqualTo((PlotStyle.Width, PlotStyle.Height)), plot.Name);
                // Axes, ticks, labels and bars cover well over 2% of a plot; a blank or background-only image does not.
                Assert.That(drawn, Is.GreaterThan(0.02), $"{plot.Name} looks blank");
                Assert.That(plot.Caption, Is.Not.Empty);
            });
        }
    }

    [Test]
    public void The_same_document_gives_the_same_bytes()
    {
        VerdictDocument document = RealResults.Document(RealResults.Ids[0]);

        byte[][] first = ClaimPlots.Render(document).Select(p => p.Png).ToArray();
        byte[][] second = ClaimPlots.Render(document).Select(p => p.Png).ToArray();

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void A_document_without_plot_data_gets_no_plots()
    {
        VerdictDocument document = RealResults.Document(RealResults.Ids[0]) with { PlotData = null };

        Assert.That(ClaimPlots.Render(document), Is.Empty);
    }

    [Test]
    public void A_document_written_and_read_back_plots_like_the_one_written()
    {
        // The NUnit adapter draws from the document as built; reports from the one read back from the results folder.
        VerdictDocument built = RealResults.Document("AblationClaims.ReadoutDrivesStripes");
        VerdictDocument read = VerdictDocument.Parse(built.ToText(), "memory");

        Assert.That(ClaimPlots.Render(read).Select(p => p.Png), Is.EqualTo(ClaimPlots.Render(built).Select(p => p.Png)));
    }
}
