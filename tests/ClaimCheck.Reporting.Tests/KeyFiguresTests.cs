using System.Text.Json.Nodes;
using ClaimCheck.Reporting.Results;
using NUnit.Framework;

namespace ClaimCheck.Reporting.Tests;

/// <summary>Key figures show the family-adjusted p beside the raw one, since verdicts use the adjusted p.</summary>
public class KeyFiguresTests
{
    [Test]
    public void A_split_in_a_family_shows_its_adjusted_p()
    {
        var document = JsonNode.Parse("""
            {"evidence": {"heldOut": {"splits": [
              {"split": "held-out", "role": "held-out", "auroc": 0.99, "interval": [0.98, 0.99], "nullP": 0.025, "adjustedP": 0.125},
              {"split": "discovery", "role": "discovery", "auroc": 0.98, "interval": [0.97, 0.99], "nullP": 0.01}
            ]}}}
            """)!.AsObject();

        IReadOnlyList<KeyFigure> figures = KeyFigures.Of(document);

        Assert.That(figures[0].Value, Is.EqualTo("0.99 [0.98, 0.99], null p = 0.025, 0.125 adjusted for the family"));
        Assert.That(figures[1].Value, Does.Not.Contain("adjusted"));
    }

    [Test]
    public void An_ablation_in_a_family_shows_its_adjusted_p()
    {
        var document = JsonNode.Parse("""
            {"evidence": {"ablation": {"settings": {"kind": "Mean"}, "positives": {"mean": 8.36, "interval": [8.26, 8.47]},
              "null": {"p": 0.015, "adjustedP": 0.074}, "specificity": 10.41, "specificityInterval": [9.9, 10.89]}}}
            """)!.AsObject();

        Assert.That(KeyFigures.Of(document)[0].Value, Does.EndWith("null p = 0.015, 0.074 adjusted for the family"));
    }
}
