using System.Globalization;
using ClaimCheck.Evidence;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Reports;
using ClaimCheck.Statistics;
using ScottPlot;

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
    public static IReadOnlyList<ClaimPlot> Render(VerdictDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.PlotData is not { } data)
        {
            return [];
        }

        string concept = document.Concept;
        var plots = new List<ClaimPlot>();
        lock (RenderLock)
        {
            foreach (HeldOutSplitPlot split in HeldOutSplitPlot.In(data) ?? [])
            {
                plots.AddRange(SplitPlots(split, concept));
            }

            if (EditPlot.In(data) is { } edits)
            {
                plots.AddRange(EditPlots(edits));
            }

            if (AblationPlot.In(data) is { } ablation)
            {
                plots.AddRange(AblationPlots(ablation, concept));
            }

            // Every kind's null comparison is drawn the same way, so a new kind of evidence needs no change here.
            foreach ((string kind, INullComparisonPlot comparison) in document.NullComparisons())
            {
                if (NullPlot(comparison, comparison.Figure, comparison.Figure) is { } plot)
                {
                    plots.Add(new ClaimPlot($"{FileSafe(kind)}.null",
                        $"The subject's figure (red) against the same measurement of {comparison.NullOf} (grey).", plot));
                }
            }
        }

        return plots;
    }

    private static IEnumerable<ClaimPlot> SplitPlots(HeldOutSplitPlot split, string concept)
    {
        string name = split.Split;
        string safe = FileSafe(name);
        if (split.Activations is { } activations)
        {
            Plot plot = PlotStyle.Create($"Activation on '{name}'", "subject's activation", "fraction of examples");
            double[] edges = Numbers(activations.Edges);
            HistogramBars.Add(plot, edges, [.. activations.Absent], PlotStyle.Absent, $"{concept} absent", asFraction: true);
            HistogramBars.Add(plot, edges, [.. activations.Present], PlotStyle.Present, $"{concept} present", asFraction: true);
            plot.ShowLegend(Edge.Bottom);
            yield return new ClaimPlot($"{safe}.activations",
                $"The subject's activation on '{name}', {concept} present vs absent (each as a fraction of its own examples): the AUROC measures how far these separate.",
                PlotStyle.Png(plot));
        }

        double[] nulls = Numbers(split.Null);
        if (nulls.Length > 0 && split.Auroc is { } auroc)
        {
            Plot plot = PlotStyle.Create($"AUROC on '{name}' against its null", "AUROC", "null draws");
            Histogram h = Histogram.Of(nulls);
            HistogramBars.Add(plot, h.Edges, h.Counts[0], PlotStyle.Null, $"null ({nulls.Length} draws)", asFraction: false);
            if (split.NullQuantile95 is { } q95)
            {
                HistogramBars.Line(plot, q95, PlotStyle.Threshold, $"null 95th percentile {Score(q95)}", dashed: true);
            }

            HistogramBars.Line(plot, auroc, PlotStyle.Observed, $"subject {Score(auroc)}, p = {P(split.NullP)}");
            plot.ShowLegend(Edge.Bottom);
            yield return new ClaimPlot($"{safe}.null",
                $"The subject's AUROC on '{name}' (red) against the same score for random directions and the layer's other units (grey): p counts the null draws at or above it.",
                PlotStyle.Png(plot));
        }
    }

    private static IEnumerable<ClaimPlot> EditPlots(EditPlot edits)
    {
        foreach (EditKindPlot kind in edits.Kinds)
        {
            string name = kind.Kind.ToString();
            Plot plot = PlotStyle.Create($"{name} edits: {kind.Failures}/{kind.Cases} fail", "a(edited) − a(base), in units of Δ", "cases");
            HistogramBars.Add(plot, Numbers(kind.ChangesInGaps.Edges), [.. kind.ChangesInGaps.Counts], PlotStyle.Present, "cases", asFraction: false);
            string rule;
            switch (kind.Kind)
            {
                case EditKind.Add when edits.DeltaInGaps is { } d:
                    HistogramBars.Line(plot, d, PlotStyle.Threshold, $"δ = {Score(d)}Δ: must reach", dashed: true);
                    rule = "an added concept must raise the subject by at least δ";
                    break;
                case EditKind.Remove when edits.DeltaInGaps is { } d:
                    HistogramBars.Line(plot, -d, PlotStyle.Threshold, $"−δ = {Score(-d)}Δ: must reach", dashed: true);
                    rule = "a removed concept must lower the subject by at least δ";
                    break;
                case EditKind.Nuisance when edits.EpsilonInGaps is { } e:
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

    private static IEnumerable<ClaimPlot> AblationPlots(AblationPlot ablation, string concept)
    {
        string readout = ablation.Readout;
        string kind = ablation.Kind.ToString();
        Plot effects = PlotStyle.Create($"{kind} ablation: effect on '{readout}'", "readout before − after ablation", "fraction of examples");
        double[] edges = Numbers(ablation.Effects.Edges);
        HistogramBars.Add(effects, edges, [.. ablation.Effects.Absent], PlotStyle.Absent, $"{concept} absent", asFraction: true);
        HistogramBars.Add(effects, edges, [.. ablation.Effects.Present], PlotStyle.Present, $"{concept} present", asFraction: true);
        HistogramBars.Line(effects, 0, PlotStyle.Threshold, "no effect", dashed: true);
        effects.ShowLegend(Edge.Bottom);
        yield return new ClaimPlot("ablation.effects",
            $"Per-example effect of the {kind.ToLowerInvariant()} ablation on '{readout}', {concept} present vs absent: effects that cancel show as mass on both sides of 0.",
            PlotStyle.Png(effects));
    }

    /// <summary>
    /// The null draws as a histogram with the subject's observed figure and the null's 95th percentile; null when the
    /// data has no null draws or no observed figure.
    /// </summary>
    private static byte[]? NullPlot(INullComparisonPlot data, string what, string xLabel)
    {
        double[] nulls = Numbers(data.Null);
        if (nulls.Length == 0 || data.Observed is not { } observed)
        {
            return null;
        }

        Plot plot = PlotStyle.Create($"{what} against its null", xLabel, "null draws");
        Histogram h = Histogram.Of(nulls);
        HistogramBars.Add(plot, h.Edges, h.Counts[0], PlotStyle.Null, $"null ({nulls.Length} draws)", asFraction: false);
        if (data.NullQuantile95 is { } q95)
        {
            HistogramBars.Line(plot, q95, PlotStyle.Threshold, $"null 95th percentile {Score(q95)}", dashed: true);
        }

        HistogramBars.Line(plot, observed, PlotStyle.Observed, $"subject {Score(observed)}, p = {P(data.NullP)}");
        plot.ShowLegend(Edge.Bottom);
        return PlotStyle.Png(plot);
    }

    // Values that could not be computed are null in the plot data; a histogram shows the others.
    private static double[] Numbers(IReadOnlyList<double?> values) => [.. values.OfType<double>()];

    private static string Score(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string P(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";

    /// <summary>Letters, digits, '-' and '_' kept; anything else becomes '-', so a split's name can go in a file name.</summary>
    internal static string FileSafe(string name) =>
        new(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
}
