using SkiaSharp;

namespace ClaimCheck.Reporting.Tests;

/// <summary>Decodes a PNG and measures whether it shows something: how many pixels differ from the most common one.</summary>
internal static class PngPixels
{
    /// <summary>Width, height, and the fraction of pixels that differ from the most common colour (the background).</summary>
    public static (int Width, int Height, double Drawn) Measure(byte[] png)
    {
        using SKBitmap bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a decodable image");
        SKColor[] pixels = bitmap.Pixels;
        SKColor background = pixels.GroupBy(p => p).MaxBy(g => g.Count())!.Key;
        return (bitmap.Width, bitmap.Height, pixels.Count(p => p != background) / (double)pixels.Length);
    }
}
