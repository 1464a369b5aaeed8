using System.Text.Json.Nodes;
using ClaimCheck.Claims;
using ClaimCheck.Statistics;
using static ClaimCheck.Evidence.PlotValues;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>The ablation section of the verdict document, and its plot data.</summary>
internal static class AblationDocument
{
    /// <summary>Settings, the effects with and without the concept, specificity and the null.</summary>
    public static JsonObject Section(AblationEvidence evidence, AblationSettings spec, Rounding round, bool inFamily)
    {
        // Which execution path ran (suffix re-run or full passes) is an implementation detail and stays out.
        var node = new JsonObject
        {
            ["settings"] = new JsonObject
            {
                ["readout"] = spec.Readout,
                ["kind"] = spec.Engine.Kind.ToString(),
                ["alpha"] = spec.Alpha,
                ["minEffect"] = spec.MinEffect,
                ["nullDraws"] = spec.Engine.NullDraws,
                ["confidenceLevel"] = spec.Engine.ConfidenceLevel,
            },
            ["split"] = evidence.Split,
            ["positives"] = Effect(evidence.Positives, round),
            ["negatives"] = Effect(evidence.Negatives, round),
            ["specificity"] = round.Score(evidence.Specificity),
            ["specificityInterval"] = round.Interval(evidence.SpecificityInterval),
            ["null"] = new JsonObject
            {
                ["of"] = evidence.Null.Description,
                ["p"] = round.P(evidence.Null.P),
                ["mean"] = round.Score(evidence.Null.Mean),
                ["quantile95"] = round.Score(evidence.Null.Quantile95),
            },
        };
        if (evidence.Unpatched > 0)
        {
            node["unpatched"] = evidence.Unpatched;
        }

        if (evidence.Sample is { } sample)
        {
            // Only subsampled ablations say so, so the documents of whole-split ablations read as before.
            node["sample"] = new JsonObject { ["examples"] = sample.Examples, ["of"] = sample.Of, ["maxExamples"] = spec.Engine.MaxExamples };
        }

        if (inFamily)
        {
            node["null"]!["adjustedP"] = round.P(evidence.Null.AdjustedP);
        }

        if (evidence.DormantPathway is { } dormant)
        {
            node["dormantPathway"] = new JsonObject
            {
                ["directionEffect"] = round.Score(dormant.DirectionEffect),
                ["layerEffect"] = round.Score(dormant.LayerPositives.Mean),
                ["flagged"] = dormant.Flagged,
            };
        }

        return node;
    }

    /// <summary>The null's effects and the per-example effects binned by concept.</summary>
    public static AblationPlot PlotData(AblationEvidence evidence)
    {
        double[] present = evidence.Effects.Where((_, i) => evidence.ConceptPresent[i]).ToArray();
        double[] absent = evidence.Effects.Where((_, i) => !evidence.ConceptPresent[i]).ToArray();
        return new AblationPlot(evidence.Split, evidence.Readout, evidence.Kind, Number(evidence.Positives.Mean),
            Number(evidence.Null.P), Number(evidence.Null.Quantile95), evidence.Null.Description, Values(evidence.Null.Effects),
            ByConcept(Histogram.Of(present, absent)));
    }

    private static JsonObject Effect(EffectSummary summary, Rounding round) => new()
    {
        ["count"] = summary.Count,
        ["mean"] = round.Score(summary.Mean),
        ["interval"] = round.Interval(summary.MeanInterval),
        ["median"] = round.Score(summary.Median),
        ["oppositeSign"] = round.Score(summary.OppositeSignFraction),
    };
}
