using ScottPlot;

namespace ClaimCheck.Reporting.Plots;

/// <summary>Draws binned counts as bars that span their bins.</summary>
internal static class HistogramBars
{
    /// <summary>Adds one group's bars; with <paramref name="asFraction"/> each count is divided by the group's total, so
    /// groups of different sizes (few concept-positive, many negative examples) compare by shape.</summary>
    public static void Add(Plot plot, IReadOnlyList<double> edges, IReadOnlyList<int> counts, Color color, string legend, bool asFraction)
    {
        double total = counts.Sum();
        var bars = new List<Bar>();
        for (int i = 0; i < counts.Count && i + 1 < edges.Count; i++)
        {
            double width = edges[i + 1] - edges[i];
            bars.Add(new Bar
            {
                Position = edges[i] + (width / 2),
                Value = asFraction && total > 0 ? counts[i] / total : counts[i],
                Size = width,
                FillColor = color.WithAlpha(PlotStyle.BarAlpha),
                LineWidth = 0,
            });
        }

        var plottable = plot.Add.Bars(bars);
        plottable.LegendText = legend;
    }

    /// <summary>Adds a vertical line with a legend entry.</summary>
    public static void Line(Plot plot, double x, Color color, string legend, bool dashed = false)
    {
        var line = plot.Add.VerticalLine(x, 2, color, dashed ? LinePattern.Dashed : LinePattern.Solid);
        line.LegendText = legend;
    }
}
