using ClaimCheck.Evidence.Edits;
using SkiaSharp;

namespace ClaimCheck.Reporting.Pictures;

/// <summary>
/// Encodes the engine's pictures (<see cref="PixelImage"/>: counterexamples drawn base | edited) as PNG with SkiaSharp,
/// the library the plots are drawn with: gray pictures as gray PNG, RGB pictures as opaque colour PNG, pixel for pixel.
/// </summary>
public static class PixelPng
{
    /// <summary>The PNG file of <paramref name="image"/>.</summary>
    /// <exception cref="DllNotFoundException">SkiaSharp's native library does not load on this machine.</exception>
    public static byte[] Encode(PixelImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        (SKColorType colorType, byte[] pixels, int bytesPerPixel) = image.Channels == 1
            ? (SKColorType.Gray8, image.Pixels.ToArray(), 1)
            : (SKColorType.Rgba8888, Rgba(image), 4);
        var info = new SKImageInfo(image.Width, image.Height, colorType, SKAlphaType.Opaque);
        using SKImage skia = SKImage.FromPixelCopy(info, pixels, image.Width * bytesPerPixel)
            ?? throw new InvalidOperationException($"SkiaSharp took no {image.Width} × {image.Height} {colorType} picture");
        using SKData png = skia.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    // Skia has no 24-bit layout: RGB gets an opaque alpha byte per pixel, which an opaque PNG leaves out again.
    private static byte[] Rgba(PixelImage image)
    {
        ReadOnlySpan<byte> rgb = image.Pixels;
        var rgba = new byte[image.Width * image.Height * 4];
        for (int pixel = 0, from = 0, to = 0; pixel < image.Width * image.Height; pixel++, from += 3, to += 4)
        {
            rgba[to] = rgb[from];
            rgba[to + 1] = rgb[from + 1];
            rgba[to + 2] = rgb[from + 2];
            rgba[to + 3] = byte.MaxValue;
        }

        return rgba;
    }
}
