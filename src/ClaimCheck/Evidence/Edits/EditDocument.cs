using System.Text.Json.Nodes;
using ClaimCheck.Statistics;
using static ClaimCheck.Evidence.PlotValues;

namespace ClaimCheck.Evidence.Edits;

/// <summary>The targeted-edit section of the verdict document, and its plot data.</summary>
internal static class EditDocument
{
    /// <summary>Settings, the thresholds in the layer's units and each edit kind's rates and counterexample.</summary>
    public static JsonObject Section(EditEvidence evidence, EditSettings settings, Rounding round) => new()
    {
        ["settings"] = new JsonObject
        {
            ["cases"] = settings.Cases,
            ["deltaFraction"] = settings.DeltaFraction,
            ["epsilonFraction"] = settings.EpsilonFraction,
            ["failureLimit"] = settings.FailureLimit,
            ["strict"] = settings.Strict,
            ["scale"] = evidence.Thresholds.Scale == EditScaleKind.Rank ? "rank" : "raw",
        },
        ["gap"] = round.Score(evidence.Thresholds.Gap),
        ["delta"] = round.Score(evidence.Thresholds.Delta),
        ["epsilon"] = round.Score(evidence.Thresholds.Epsilon),
        ["kinds"] = new JsonArray(evidence.Kinds.Select(k => (JsonNode)Kind(k, round)).ToArray()),
    };

    /// <summary>Each edit kind's per-case changes, in units of the gap, binned.</summary>
    public static EditPlot PlotData(EditEvidence evidence) => new(
        Number(evidence.Thresholds.Gap),
        // The thresholds in units of Δ, the unit the per-case changes are given in.
        Number(evidence.Thresholds.Delta / evidence.Thresholds.Gap),
        Number(evidence.Thresholds.Epsilon / evidence.Thresholds.Gap),
        [.. evidence.Kinds.Where(k => k.ChangesInGaps.Count > 0)
            .Select(k => new EditKindPlot(k.Kind, k.Outcome, k.Failures, k.Cases, Single(Histogram.Of(k.ChangesInGaps))))]);

    private static JsonObject Kind(EditKindEvidence kind, Rounding round)
    {
        var node = new JsonObject
        {
            ["kind"] = kind.Kind.ToString(),
            ["outcome"] = kind.Outcome.ToString(),
            ["cases"] = kind.Cases,
            ["failures"] = kind.Failures,
            ["failureRateInterval"] = round.Interval(kind.FailureRateInterval),
            ["meanChangeInGaps"] = round.Score(kind.MeanChangeInGaps),
        };
        if (kind.Counterexample is { } c)
        {
            node["counterexample"] = new JsonObject
            {
                ["description"] = c.Description,
                ["size"] = c.Size,
                ["firstFailingSize"] = c.FirstFailingSize,
                ["changeInGaps"] = round.Score(c.ChangeInGaps),
                ["replay"] = new JsonObject
                {
                    ["seed"] = Rounding.Hex(c.Replay.Seed),
                    ["kind"] = c.Replay.Kind.ToString(),
                    ["caseIndex"] = c.Replay.CaseIndex,
                    ["size"] = c.Replay.Size,
                    ["shrinkPath"] = new JsonArray(c.Replay.ShrinkPath.Select(i => (JsonNode)i).ToArray()),
                },
            };
        }

        return node;
    }
}
