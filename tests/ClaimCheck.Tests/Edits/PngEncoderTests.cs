using System.Buffers.Binary;
using System.IO.Compression;
using ClaimCheck.Evidence.Edits;
using NUnit.Framework;

namespace ClaimCheck.Tests.Edits;

public class PngEncoderTests
{
    [Test]
    public void Crc32_matches_the_known_value_of_IEND()
    {
        Assert.That(PngEncoder.Crc32("IEND"u8), Is.EqualTo(0xAE426082u));
    }

    [Test]
    public void A_gray_image_round_trips_through_its_IDAT()
    {
        byte[] pixels = [0, 64, 128, 255, 10, 20];
        byte[] png = PngEncoder.Encode(pixels, width: 3, height: 2, channels: 1);

        Assert.That(png[..8], Is.EqualTo(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }));
        Assert.That(ChunkTypes(png), Is.EqualTo(new[] { "IHDR", "IDAT", "IEND" }));
        byte[] raw = Inflate(Chunk(png, "IDAT"));
        Assert.That(raw, Is.EqualTo(new byte[] { 0, 0, 64, 128, 0, 255, 10, 20 }), "each row is filter byte 0 then the pixels");
    }

    [Test]
    public void Side_by_side_puts_both_images_at_scale_with_a_gap()
    {
        float[] before = [0, 1, 1, 0];
        float[] after = [1, 0, 0, 1];

        byte[] png = EditPicture.SideBySide(before, after, [1, 2, 2], scale: 2);

        byte[] header = Chunk(png, "IHDR");
        Assert.That(BinaryPrimitives.ReadUInt32BigEndian(header), Is.EqualTo(2 * 2 * 2 + 1));
        Assert.That(BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(4)), Is.EqualTo(4));
    }

    private static IEnumerable<string> ChunkTypes(byte[] png)
    {
        for (int at = 8; at < png.Length;)
        {
            int length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            yield return System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            at += 12 + length;
        }
    }

    private static byte[] Chunk(byte[] png, string type)
    {
        for (int at = 8; at < png.Length;)
        {
            int length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            if (System.Text.Encoding.ASCII.GetString(png, at + 4, 4) == type)
            {
                return png.AsSpan(at + 8, length).ToArray();
            }

            at += 12 + length;
        }

        throw new InvalidOperationException($"no {type} chunk");
    }

    private static byte[] Inflate(byte[] zlib)
    {
        using var input = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
