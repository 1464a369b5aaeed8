using ScottPlot;

namespace ClaimCheck.Reporting.Plots;

/// <summary>One look for every plot: size, font and the colours of the groups a reader compares.</summary>
internal static class PlotStyle
{
    /// <summary>Width in pixels: two plots side by side fit a laptop screen's report column.</summary>
    public const int Width = 560;

    /// <summary>Height in pixels.</summary>
    public const int Height = 360;

    public static readonly Color Present = Color.FromHex("#d95f02");
    public static readonly Color Absent = Color.FromHex("#1b9e77");
    public static readonly Color Null = Color.FromHex("#7f7f7f");
    public static readonly Color Observed = Color.FromHex("#c0392b");
    public static readonly Color Threshold = Color.FromHex("#34495e");

    /// <summary>Overlapping bars stay readable at this opacity.</summary>
    public const double BarAlpha = 0.55;

    // Named fonts rather than the system default, so the same machine setup draws the same glyphs: DejaVu Sans comes
    // with Debian's fontconfig (and so with chromium); Liberation Sans is the usual alternative.
    private static readonly string? FontName = new[] { "DejaVu Sans", "Liberation Sans" }
        .FirstOrDefault(SkiaSharp.SKFontManager.Default.GetFontFamilies().Contains);

    /// <summary>A new plot with the common font and labels.</summary>
    public static Plot Create(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        if (FontName is not null)
        {
            plot.Font.Set(FontName);
        }

        plot.Title(title, size: 14);
        plot.XLabel(xLabel, size: 12);
        plot.YLabel(yLabel, size: 12);
        return plot;
    }

    public static byte[] Png(Plot plot) => plot.GetImageBytes(Width, Height, ImageFormat.Png);
}
