using System.Text.Json.Nodes;
using ClaimCheck.Verdicts;
using static ClaimCheck.Evidence.PlotValues;

namespace ClaimCheck.Evidence.Steering;

/// <summary>The steering section of the verdict document, its key figures and its plot data.</summary>
internal static class SteeringDocument
{
    /// <summary>Settings, the dose-response curve, the null at the decision strength and the side effects.</summary>
    public static JsonObject Section(SteeringEvidence evidence, SteeringSettings settings, Rounding round, bool inFamily)
    {
        var node = new JsonObject
        {
            ["settings"] = new JsonObject
            {
                ["readout"] = evidence.Readout,
                ["strengths"] = new JsonArray([.. settings.OrderedStrengths().Select(s => (JsonNode)s)]),
                ["decisionStrength"] = evidence.DecisionStrength,
                ["alpha"] = settings.Alpha,
                ["minEffect"] = settings.MinEffect,
                ["nullDraws"] = settings.NullDraws,
                ["confidenceLevel"] = settings.ConfidenceLevel,
                ["strengthUnit"] = "RMS activation norm",
            },
            ["split"] = evidence.Split,
            ["referenceSplit"] = evidence.ReferenceSplit,
            ["examples"] = evidence.Examples,
            ["scale"] = round.Score(evidence.Scale),
            ["doseResponse"] = new JsonArray([.. evidence.DoseResponse.Select(p => (JsonNode)new JsonObject
            {
                ["strength"] = p.Strength,
                ["change"] = round.Score(p.Mean),
                ["interval"] = round.Interval(p.Interval),
            })]),
            ["monotonicity"] = round.Score(evidence.Monotonicity),
            ["null"] = new JsonObject
            {
                ["of"] = evidence.Null.Description,
                ["p"] = round.P(evidence.Null.P),
                ["mean"] = round.Score(evidence.Null.Mean),
                ["quantile95"] = round.Score(evidence.Null.Quantile95),
            },
            ["sideEffects"] = new JsonArray([.. evidence.SideEffects.Select(s => (JsonNode)new JsonObject
            {
                ["readout"] = s.Readout,
                ["change"] = round.Score(s.Mean),
                ["interval"] = round.Interval(s.Interval),
                ["margin"] = round.Score(s.Margin),
                ["marginInterval"] = round.Interval(s.MarginInterval),
            })]),
        };
        if (inFamily)
        {
            node["null"]!["adjustedP"] = round.P(evidence.Null.AdjustedP);
        }

        return node;
    }

    /// <summary>The change at the decision strength against its null, the curve's monotonicity, and the smallest side-effect margin.</summary>
    public static IEnumerable<EvidenceFigure> KeyFigures(SteeringEvidence evidence, bool inFamily)
    {
        DosePoint decision = evidence.Decision;
        yield return new EvidenceFigure("steering", $"change of '{evidence.Readout}' at strength {Figures.Score(evidence.DecisionStrength)}",
            $"{Figures.ScoreWithInterval(decision.Mean, decision.Interval)}, null p = {Figures.P(evidence.Null.P)}{EvidenceFigures.Adjusted(inFamily, evidence.Null.AdjustedP)}");
        yield return new EvidenceFigure("steering", "dose-response (Spearman ρ over strengths)", Figures.Score(evidence.Monotonicity));
        if (evidence.SideEffects.MinBy(s => s.Margin) is { } worst)
        {
            yield return new EvidenceFigure("steering", $"smallest margin over a side effect ('{worst.Readout}')", Figures.ScoreWithInterval(worst.Margin, worst.MarginInterval));
        }
    }

    /// <summary>The curve, the null's changes and the decision strength's per-example changes, for plots.</summary>
    public static SteeringPlot PlotData(SteeringEvidence evidence) => new(
        evidence.Readout,
        Number(evidence.DecisionStrength),
        Number(evidence.Decision.Mean),
        Number(evidence.Null.P),
        Number(evidence.Null.Quantile95),
        evidence.Null.Description,
        Values(evidence.Null.Effects),
        Values([.. evidence.DoseResponse.Select(p => p.Strength)]),
        Values([.. evidence.DoseResponse.Select(p => p.Mean)]),
        Values(evidence.DecisionEffects));
}
