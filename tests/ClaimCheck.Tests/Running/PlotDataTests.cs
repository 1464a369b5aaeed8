using System.Text.Json.Nodes;
using ClaimCheck.Reports;
using ClaimCheck.Running;
using ClaimCheck.Tests.Fixtures;
using NUnit.Framework;

namespace ClaimCheck.Tests.Running;

/// <summary>The plot data goes into the full-precision document only, and agrees with the figures it stands behind.</summary>
public class PlotDataTests
{
    private static readonly PlantedTarget Target = new();

    [Test]
    public void The_snapshot_document_carries_no_plot_data()
    {
        ClaimResult result = ClaimRunner.Run(Target, PlantedClaim.Unit(0));

        Assert.Multiple(() =>
        {
            Assert.That(VerdictDocument.Build(result).ContainsKey("plotData"), Is.False);
            Assert.That(VerdictDocument.Build(result, fullPrecision: true).ContainsKey("plotData"), Is.True);
        });
    }

    [Test]
    public void Each_split_keeps_its_null_sample_and_bins_every_example_once()
    {
        ClaimResult result = ClaimRunner.Run(Target, PlantedClaim.Unit(1));
        JsonObject plotData = VerdictDocument.Build(result, fullPrecision: true)["plotData"]!.AsObject();
        JsonArray splits = plotData["heldOut"]!.AsArray();
        var scores = new[] { result.HeldOut!.Discovery! }.Concat(result.HeldOut.HeldOut).ToArray();

        Assert.That(splits, Has.Count.EqualTo(scores.Length));
        for (int i = 0; i < scores.Length; i++)
        {
            JsonNode split = splits[i]!;
            double[] nulls = split["null"]!.AsArray().Select(n => n!.GetValue<double>()).ToArray();
            int present = split["activations"]!["present"]!.AsArray().Sum(n => n!.GetValue<int>());
            int absent = split["activations"]!["absent"]!.AsArray().Sum(n => n!.GetValue<int>());
            // The p-value recomputed from the stored sample must be the one reported: the plot shows what was counted.
            double p = (1.0 + nulls.Count(v => v >= scores[i].Auroc)) / (1.0 + nulls.Length);
            Assert.Multiple(() =>
            {
                Assert.That(split["split"]!.GetValue<string>(), Is.EqualTo(scores[i].Split));
                Assert.That(nulls, Has.Length.EqualTo(scores[i].NullSize));
                Assert.That(p, Is.EqualTo(scores[i].NullP).Within(1e-12));
                Assert.That(present, Is.EqualTo(scores[i].Positives));
                Assert.That(absent, Is.EqualTo(scores[i].Negatives));
            });
        }
    }
}
