using System.Text.Json.Nodes;
using ClaimCheck.Claims;
using static ClaimCheck.Evidence.PlotValues;

namespace ClaimCheck.Evidence.HeldOut;

/// <summary>The held-out section of the verdict document, and its plot data.</summary>
internal static class HeldOutDocument
{
    /// <summary>Settings, every split's score against its null, the gaps between splits and the other concepts' scores.</summary>
    public static JsonObject Section(HeldOutEvidence evidence, HeldOutSettings spec, Rounding round, bool inFamily) => new()
    {
        ["settings"] = Settings(evidence, spec),
        ["splits"] = new JsonArray(Splits(evidence).Select(s => (JsonNode)Split(s, round, inFamily)).ToArray()),
        ["gaps"] = new JsonArray(evidence.Gaps.Select(g => (JsonNode)new JsonObject
        {
            ["heldOut"] = g.HeldOutSplit,
            ["gap"] = round.Score(g.Gap),
            ["interval"] = round.Interval(g.Interval),
        }).ToArray()),
        ["otherConcepts"] = new JsonArray(evidence.OtherConcepts.Select(o => (JsonNode)new JsonObject
        {
            ["concept"] = o.Concept,
            ["split"] = o.Split,
            ["positives"] = o.Positives,
            ["negatives"] = o.Negatives,
            ["auroc"] = round.Score(o.Auroc),
            ["interval"] = round.Interval(o.AurocInterval),
        }).ToArray()),
    };

    private static JsonObject Settings(HeldOutEvidence evidence, HeldOutSettings spec)
    {
        var settings = new JsonObject
        {
            ["minAuroc"] = spec.MinAuroc,
            ["alpha"] = spec.Alpha,
            ["nullDirections"] = spec.NullDirections,
            ["minExamples"] = spec.MinExamples,
            ["topQuantile"] = spec.TopQuantile,
            ["minTopCount"] = spec.MinTopCount,
            ["confidenceLevel"] = spec.ConfidenceLevel,
            ["interval"] = "DeLong",
        };
        if (Splits(evidence).Any(s => s.IsClustered))
        {
            // Written only where documents were named, so snapshots of independent examples read as before.
            settings["interval"] = "DeLong, clustered by document (Obuchowski)";
            settings["minDocuments"] = spec.MinDocuments;
        }

        return settings;
    }

    /// <summary>Each split's null scores and the subject's activations binned by concept.</summary>
    public static IReadOnlyList<HeldOutSplitPlot> PlotData(HeldOutEvidence evidence) => [.. Splits(evidence).Select(PlotSplit)];

    private static IEnumerable<SplitScore> Splits(HeldOutEvidence evidence) =>
        evidence.Discovery is null ? evidence.HeldOut : evidence.HeldOut.Prepend(evidence.Discovery);

    private static JsonObject Split(SplitScore s, Rounding round, bool inFamily)
    {
        var node = new JsonObject
        {
            ["split"] = s.Split,
            ["role"] = s.IsDiscovery ? "discovery" : "held-out",
            ["status"] = s.Status.ToString(),
            ["positives"] = s.Positives,
            ["negatives"] = s.Negatives,
            ["auroc"] = round.Score(s.Auroc),
            ["interval"] = round.Interval(s.AurocInterval),
            ["nullP"] = round.P(s.NullP),
            ["nullSize"] = s.NullSize,
            ["nullQuantile95"] = round.Score(s.NullQuantile95),
        };
        if (inFamily && !s.IsDiscovery)
        {
            // The discovery split is never adjusted: it is where the claim was formed (docs/multiple-testing.md).
            node["adjustedP"] = round.P(s.AdjustedP);
        }

        if (s.IsClustered)
        {
            // Only splits that name their documents say so, so snapshots of independent examples read as before.
            node["documents"] = new JsonObject
            {
                ["positive"] = s.PositiveDocuments,
                ["negative"] = s.NegativeDocuments,
                // No design effect where both variances are 0 (a perfect separation): null, as JSON holds no NaN.
                ["designEffect"] = double.IsFinite(s.DesignEffect) ? round.Score(s.DesignEffect) : null,
            };
        }

        if (s.UnitCount > 0)
        {
            node["unitRank"] = s.UnitRank;
            node["unitCount"] = s.UnitCount;
        }

        node["meanDifference"] = round.Score(s.MeanDifference);
        node["top"] = new JsonObject
        {
            ["count"] = s.TopCount,
            ["positives"] = s.TopPositives,
            ["precision"] = round.Score(s.TopPrecision),
            ["interval"] = round.Interval(s.TopPrecisionInterval),
            ["baseRate"] = round.Score(s.BaseRate),
        };
        return node;
    }

    private static HeldOutSplitPlot PlotSplit(SplitScore s) =>
        new(s.Split, s.IsDiscovery ? "discovery" : "held-out", Number(s.Auroc), [Number(s.AurocInterval.Lower), Number(s.AurocInterval.Upper)],
            Number(s.NullP), Number(s.NullQuantile95), Values(s.NullScores))
        {
            Activations = s.ActivationsByConcept is { } h ? ByConcept(h) : null,
            TokenExamples = s.TokenExamples.Count > 0
                ? [.. s.TokenExamples.Select(e => new TokenExamplePlot(e.Kind, e.Index, e.Document, e.Concept, Number(e.Score), e.Tokens, Values(e.Activations)))]
                : null,
        };
}
