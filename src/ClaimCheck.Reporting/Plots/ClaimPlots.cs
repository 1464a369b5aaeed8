using System.Text.Json.Nodes;
using ClaimCheck.Statistics;
using ScottPlot;
using static ClaimCheck.Reporting.Results.JsonRead;

namespace ClaimCheck.Reporting.Plots;

/// <summary>
/// Draws a claim's evidence from the plot data of its full-precision verdict document: per split the subject's
/// activations with the concept present and absent, and the score against its null distribution; per edit kind the
/// per-case changes against δ or ε; the ablation's per-example effects by concept and its effect against the null.
/// </summary>
public static class ClaimPlots
{
    // ScottPlot caches typefaces in static state; one claim's plots at a time keeps parallel test fixtures off it.
    private static readonly Lock RenderLock = new();

    /// <summary>The plots of <paramref name="document"/>, in evidence order; none when it carries no plot data
    /// (a rounded snapshot, or a claim whose evidence could not be measured).</summary>
    public static IReadOnlyList<ClaimPlot> Render(JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document["plotData"] is not JsonObject data)
        {
            return [];
        }

        string concept = Text(document["concept"]) ?? "concept";
        var plots = new List<ClaimPlot>();
        lock (RenderLock)
        {
            foreach (JsonObject split in Objects(data["heldOut"]))
            {
                plots.AddRange(SplitPlots(split, concept));
            }

            if (data["edits"] is JsonObject edits)
            {
                plots.AddRange(EditPlots(edits));
            }

            if (data["ablation"] is JsonObject ablation)
            {
                plots.AddRange(AblationPlots(ablation, concept));
            }

            // Any other kind of evidence that compares an observed figure with null draws gets that plot, so a new
            // kind shows in the report without a change here.
            foreach ((string kind, JsonNode? node) in data.Where(p => p.Key is not ("heldOut" or "edits" or "ablation")))
            {
                if (node is JsonObject other && NullPlot(other, kind, $"{kind}: {Text(other["readout"]) ?? "observed figure"}") is { } plot)
                {
                    plots.Add(new ClaimPlot($"{kind}.null",
                        $"The subject's figure (red) against the same measurement of {Text(other["nullOf"]) ?? "random draws"} (grey).", plot));
                }
            }
        }

        return plots;
    }

    private static IEnumerable<ClaimPlot> SplitPlots(JsonObject split, string concept)
    {
        string name = Text(split["split"]) ?? "split";
        string safe = FileSafe(name);
        if (split["activations"] is JsonObject activations)
        {
            Plot plot = PlotStyle.Create($"Activation on '{name}'", "subject's activation", "fraction of examples");
            double[] edges = Numbers(activations["edges"]);
            HistogramBars.Add(plot, edges, Counts(activations["absent"]), PlotStyle.Absent, $"{concept} absent", asFraction: true);
            HistogramBars.Add(plot, edges, Counts(activations["present"]), PlotStyle.Present, $"{concept} present", asFraction: true);
            plot.ShowLegend(Edge.Bottom);
            yield return new ClaimPlot($"{safe}.activations",
                $"The subject's activation on '{name}', {concept} present vs absent (each as a fraction of its own examples): the AUROC measures how far these separate.",
                PlotStyle.Png(plot));
        }

        double[] nulls = Numbers(split["null"]);
        if (nulls.Length > 0 && Number(split["auroc"]) is { } auroc)
        {
            Plot plot = PlotStyle.Create($"AUROC on '{name}' against its null", "AUROC", "null draws");
            Histogram h = Histogram.Of(nulls);
            HistogramBars.Add(plot, h.Edges, h.Counts[0], PlotStyle.Null, $"null ({nulls.Length} draws)", asFraction: false);
            if (Number(split["nullQuantile95"]) is { } q95)
            {
                HistogramBars.Line(plot, q95, PlotStyle.Threshold, $"null 95th percentile {Score(q95)}", dashed: true);
            }

            HistogramBars.Line(plot, auroc, PlotStyle.Observed, $"subject {Score(auroc)}, p = {P(Number(split["nullP"]))}");
            plot.ShowLegend(Edge.Bottom);
            yield return new ClaimPlot($"{safe}.null",
                $"The subject's AUROC on '{name}' (red) against the same score for random directions and the layer's other units (grey): p counts the null draws at or above it.",
                PlotStyle.Png(plot));
        }
    }

    private static IEnumerable<ClaimPlot> EditPlots(JsonObject edits)
    {
        double? delta = Number(edits["deltaInGaps"]);
        double? epsilon = Number(edits["epsilonInGaps"]);
        foreach (JsonObject kind in Objects(edits["kinds"]))
        {
            string name = Text(kind["kind"]) ?? "edit";
            if (kind["changesInGaps"] is not JsonObject changes)
            {
                continue;
            }

            Plot plot = PlotStyle.Create($"{name} edits: {Integer(kind["failures"])}/{Integer(kind["cases"])} fail",
                "a(edited) − a(base), in units of Δ", "cases");
            HistogramBars.Add(plot, Numbers(changes["edges"]), Counts(changes["counts"]), PlotStyle.Present, "cases", asFraction: false);
            string rule;
            switch (name)
            {
                case "Add" when delta is { } d:
                    HistogramBars.Line(plot, d, PlotStyle.Threshold, $"δ = {Score(d)}Δ: must reach", dashed: true);
                    rule = "an added concept must raise the subject by at least δ";
                    break;
                case "Remove" when delta is { } d:
                    HistogramBars.Line(plot, -d, PlotStyle.Threshold, $"−δ = {Score(-d)}Δ: must reach", dashed: true);
                    rule = "a removed concept must lower the subject by at least δ";
                    break;
                case "Nuisance" when epsilon is { } e:
                    HistogramBars.Line(plot, -e, PlotStyle.Threshold, $"±ε = {Score(e)}Δ: must stay within", dashed: true);
                    HistogramBars.Line(plot, e, PlotStyle.Threshold, string.Empty, dashed: true);
                    rule = "a nuisance edit must move the subject by at most ε";
                    break;
                default:
                    rule = "the kind's property";
                    break;
            }

            plot.ShowLegend(Edge.Bottom);
            yield return new ClaimPlot($"edits.{FileSafe(name)}",
                $"{name} edits: each case's change of the subject, in units of the held-out gap Δ; {rule}.", PlotStyle.Png(plot));
        }
    }

    private static IEnumerable<ClaimPlot> AblationPlots(JsonObject ablation, string concept)
    {
        string readout = Text(ablation["readout"]) ?? "readout";
        string kind = Text(ablation["kind"]) ?? "ablation";
        if (ablation["effects"] is JsonObject effects)
        {
            Plot plot = PlotStyle.Create($"{kind} ablation: effect on '{readout}'", "readout before − after ablation", "fraction of examples");
            double[] edges = Numbers(effects["edges"]);
            HistogramBars.Add(plot, edges, Counts(effects["absent"]), PlotStyle.Absent, $"{concept} absent", asFraction: true);
            HistogramBars.Add(plot, edges, Counts(effects["present"]), PlotStyle.Present, $"{concept} present", asFraction: true);
            HistogramBars.Line(plot, 0, PlotStyle.Threshold, "no effect", dashed: true);
            plot.ShowLegend(Edge.Bottom);
            yield return new ClaimPlot("ablation.effects",
                $"Per-example effect of the {kind.ToLowerInvariant()} ablation on '{readout}', {concept} present vs absent: effects that cancel show as mass on both sides of 0.",
                PlotStyle.Png(plot));
        }

        if (NullPlot(ablation, $"{kind} ablation", $"mean effect on '{readout}', {concept} present") is { } nullPlot)
        {
            yield return new ClaimPlot("ablation.null",
                $"The subject's mean ablation effect (red) against the same ablation of {Text(ablation["nullOf"]) ?? "random draws"} (grey).",
                nullPlot);
        }
    }

    /// <summary>
    /// The null draws as a histogram with the subject's observed figure and the null's 95th percentile, from plot data
    /// with "null", "observed" and optionally "nullQuantile95" and "nullP"; null when the data has no null.
    /// </summary>
    private static byte[]? NullPlot(JsonObject data, string what, string xLabel)
    {
        double[] nulls = Numbers(data["null"]);
        if (nulls.Length == 0 || Number(data["observed"]) is not { } observed)
        {
            return null;
        }

        Plot plot = PlotStyle.Create($"{what} against its null", xLabel, "null draws");
        Histogram h = Histogram.Of(nulls);
        HistogramBars.Add(plot, h.Edges, h.Counts[0], PlotStyle.Null, $"null ({nulls.Length} draws)", asFraction: false);
        if (Number(data["nullQuantile95"]) is { } q95)
        {
            HistogramBars.Line(plot, q95, PlotStyle.Threshold, $"null 95th percentile {Score(q95)}", dashed: true);
        }

        HistogramBars.Line(plot, observed, PlotStyle.Observed, $"subject {Score(observed)}, p = {P(Number(data["nullP"]))}");
        plot.ShowLegend(Edge.Bottom);
        return PlotStyle.Png(plot);
    }

    private static int[] Counts(JsonNode? node) => Numbers(node).Select(d => (int)d).ToArray();

    /// <summary>Letters, digits, '-' and '_' kept; anything else becomes '-', so a split's name can go in a file name.</summary>
    internal static string FileSafe(string name) =>
        new(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
}
