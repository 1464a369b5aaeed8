using System.Text.Json.Nodes;
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
        JsonObject document = RealResults.Document(id);
        JsonObject data = document["plotData"]!.AsObject();
        var expected = new List<string>();
        foreach (JsonNode? split in data["heldOut"]?.AsArray() ?? [])
        {
            string name = ClaimPlots.FileSafe(split!["split"]!.GetValue<string>());
            expected.AddRange([$"{name}.activations", $"{name}.null"]);
        }

        expected.AddRange((data["edits"]?["kinds"]?.AsArray() ?? []).Select(k => "edits." + k!["kind"]!.GetValue<string>()));
        if (data["ablation"] is not null)
        {
            expected.AddRange(["ablation.effects", "ablation.null"]);
        }

        // A kind the report does not know by name (steering) still gets its null plot from the document alone.
        if (data["steering"] is not null)
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
        JsonObject document = RealResults.Document(RealResults.Ids[0]);

        byte[][] first = ClaimPlots.Render(document).Select(p => p.Png).ToArray();
        byte[][] second = ClaimPlots.Render(document).Select(p => p.Png).ToArray();

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void A_document_without_plot_data_gets_no_plots()
    {
        JsonObject document = RealResults.Document(RealResults.Ids[0]);
        document.Remove("plotData");

        Assert.That(ClaimPlots.Render(document), Is.Empty);
    }

    [Test]
    public void A_document_built_in_memory_plots_like_one_read_from_disk()
    {
        // ClaimCommand hands over the document as built, where whole numbers are ints, not parsed JSON numbers.
        var document = new JsonObject
        {
            ["concept"] = "stripes",
            ["plotData"] = new JsonObject
            {
                ["heldOut"] = new JsonArray(new JsonObject
                {
                    ["split"] = "held-out",
                    ["auroc"] = 1,
                    ["nullP"] = 0.01,
                    ["nullQuantile95"] = 0.6,
                    ["null"] = new JsonArray(0.5, 0.55, 0.6, 0.45, 1),
                    ["activations"] = new JsonObject
                    {
                        ["edges"] = new JsonArray(0, 1, 2, 3),
                        ["present"] = new JsonArray(0, 1, 5),
                        ["absent"] = new JsonArray(6, 2, 0),
                    },
                }),
            },
        };

        IReadOnlyList<ClaimPlot> plots = ClaimPlots.Render(document);

        Assert.That(plots.Select(p => p.Name), Is.EqualTo(new[] { "held-out.activations", "held-out.null" }));
        Assert.That(plots.Select(p => PngPixels.Measure(p.Png).Drawn), Has.All.GreaterThan(0.02));
    }
}
