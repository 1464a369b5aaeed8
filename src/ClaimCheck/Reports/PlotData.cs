using System.Text.Json.Nodes;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Running;
using ClaimCheck.Statistics;

namespace ClaimCheck.Reports;

/// <summary>
/// The distributions behind a verdict's figures, in compact form for plots: the subject's activations binned by
/// concept present and absent, each null sample a p-value was counted against, each edit kind's per-case changes
/// binned, and the ablation's per-example effects binned by concept. Only the full-precision document carries it:
/// the snapshot reviewers read stays as it is.
/// </summary>
internal static class PlotData
{
    /// <summary>The plot data of <paramref name="result"/>, or null when no evidence was measured.</summary>
    public static JsonObject? Build(ClaimResult result)
    {
        var node = new JsonObject();
        if (result.HeldOut is { } heldOut)
        {
            IEnumerable<SplitScore> splits = heldOut.Discovery is null ? heldOut.HeldOut : heldOut.HeldOut.Prepend(heldOut.Discovery);
            node["heldOut"] = new JsonArray(splits.Select(s => (JsonNode)Split(s)).ToArray());
        }

        if (result.Edits is { } edits && edits.Evidence.Kinds.Count > 0)
        {
            node["edits"] = Edits(edits.Evidence);
        }

        if (result.Ablation is { } ablation)
        {
            node["ablation"] = Ablation(ablation);
        }

        return node.Count == 0 ? null : node;
    }

    private static JsonObject Split(SplitScore s)
    {
        var node = new JsonObject
        {
            ["split"] = s.Split,
            ["role"] = s.IsDiscovery ? "discovery" : "held-out",
            ["auroc"] = Number(s.Auroc),
            ["interval"] = new JsonArray(Number(s.AurocInterval.Lower), Number(s.AurocInterval.Upper)),
            ["nullP"] = Number(s.NullP),
            ["nullQuantile95"] = Number(s.NullQuantile95),
            ["null"] = Values(s.NullScores),
        };
        if (s.ActivationsByConcept is { } h)
        {
            node["activations"] = ByConcept(h);
        }

        return node;
    }

    private static JsonObject Edits(EditEvidence evidence) => new()
    {
        ["gap"] = Number(evidence.Thresholds.Gap),
        // The thresholds in units of Δ, the unit the per-case changes are given in.
        ["deltaInGaps"] = Number(evidence.Thresholds.Delta / evidence.Thresholds.Gap),
        ["epsilonInGaps"] = Number(evidence.Thresholds.Epsilon / evidence.Thresholds.Gap),
        ["kinds"] = new JsonArray(evidence.Kinds.Where(k => k.ChangesInGaps.Count > 0).Select(k => (JsonNode)new JsonObject
        {
            ["kind"] = k.Kind.ToString(),
            ["outcome"] = k.Outcome.ToString(),
            ["failures"] = k.Failures,
            ["cases"] = k.Cases,
            ["changesInGaps"] = Single(Histogram.Of(k.ChangesInGaps)),
        }).ToArray()),
    };

    private static JsonObject Ablation(AblationEvidence evidence)
    {
        double[] present = evidence.Effects.Where((_, i) => evidence.ConceptPresent[i]).ToArray();
        double[] absent = evidence.Effects.Where((_, i) => !evidence.ConceptPresent[i]).ToArray();
        return new JsonObject
        {
            ["split"] = evidence.Split,
            ["readout"] = evidence.Readout,
            ["kind"] = evidence.Kind.ToString(),
            ["observed"] = Number(evidence.Positives.Mean),
            ["nullP"] = Number(evidence.Null.P),
            ["nullQuantile95"] = Number(evidence.Null.Quantile95),
            ["nullOf"] = evidence.Null.Description,
            ["null"] = Values(evidence.Null.Effects),
            ["effects"] = ByConcept(Histogram.Of(present, absent)),
        };
    }

    private static JsonObject ByConcept(Histogram h) => new()
    {
        ["edges"] = Values(h.Edges),
        ["present"] = Counts(h.Counts[0]),
        ["absent"] = Counts(h.Counts[1]),
    };

    private static JsonObject Single(Histogram h) => new()
    {
        ["edges"] = Values(h.Edges),
        ["counts"] = Counts(h.Counts[0]),
    };

    // JSON holds no NaN or infinity: a value that could not be computed is written as null.
    private static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;

    private static JsonArray Values(IReadOnlyList<double> values) => new(values.Select(Number).ToArray());

    private static JsonArray Counts(IReadOnlyList<int> counts) => new(counts.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray());
}
