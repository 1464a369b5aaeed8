using System.Buffers.Binary;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Reporting.Pictures;
using NUnit.Framework;
using SkiaSharp;

namespace ClaimCheck.Reporting.Tests;

public class PixelPngTests
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    [Test]
    public void A_gray_picture_decodes_to_the_same_pixels()
    {
        var picture = new PixelImage(3, 2, 1, [0, 64, 128, 255, 10, 20]);

        byte[] png = PixelPng.Encode(picture);

        Assert.That(png[..8], Is.EqualTo(Signature));
        Assert.That(ColourType(png), Is.EqualTo(0), "PNG colour type 0: gray");
        Assert.That(Decoded(png), Is.EqualTo(Expected(picture)));
    }

    [Test]
    public void An_rgb_picture_decodes_to_the_same_pixels()
    {
        var picture = new PixelImage(2, 2, 3, [255, 0, 0, 0, 255, 0, 0, 0, 255, 12, 34, 56]);

        byte[] png = PixelPng.Encode(picture);

        Assert.That(png[..8], Is.EqualTo(Signature));
        Assert.That(ColourType(png), Is.EqualTo(2), "PNG colour type 2: RGB without alpha");
        Assert.That(Decoded(png), Is.EqualTo(Expected(picture)));
    }

    [Test]
    public void A_counterexample_drawn_by_the_engine_keeps_every_pixel()
    {
        float[] before = [0f, 0.25f, 0.5f, 1f];
        float[] after = [1f, 0.75f, 0.5f, 0f];
        PixelImage picture = EditPicture.SideBySide(before, after, [1, 2, 2], scale: 3);

        Assert.That(Decoded(PixelPng.Encode(picture)), Is.EqualTo(Expected(picture)));
    }

    // IHDR is the first chunk: 8 bytes of signature, 4 of length, 4 of type, then width, height, bit depth, colour type.
    private static byte ColourType(byte[] png)
    {
        Assert.That(System.Text.Encoding.ASCII.GetString(png, 12, 4), Is.EqualTo("IHDR"));
        Assert.That(BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16)), Is.GreaterThan(0));
        Assert.That(png[24], Is.EqualTo(8), "8 bits per channel");
        return png[25];
    }

    private static (int Width, int Height, SKColor[] Pixels) Decoded(byte[] png)
    {
        using SKBitmap bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a decodable PNG");
        return (bitmap.Width, bitmap.Height, bitmap.Pixels);
    }

    private static (int Width, int Height, SKColor[] Pixels) Expected(PixelImage picture)
    {
        var pixels = new SKColor[picture.Width * picture.Height];
        for (int y = 0; y < picture.Height; y++)
        {
            for (int x = 0; x < picture.Width; x++)
            {
                pixels[(y * picture.Width) + x] = picture.Channels == 1
                    ? new SKColor(picture[x, y, 0], picture[x, y, 0], picture[x, y, 0])
                    : new SKColor(picture[x, y, 0], picture[x, y, 1], picture[x, y, 2]);
            }
        }

        return (picture.Width, picture.Height, pixels);
    }
}
