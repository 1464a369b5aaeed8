using System.Buffers.Binary;

namespace ClaimCheck.Reporting.Html;

/// <summary>Reads a PNG's width and height from its header, so the page reserves the image's space before it decodes.</summary>
internal static class PngSize
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    /// <summary>The size from the IHDR chunk, which a valid PNG has first; null for anything else.</summary>
    public static (int Width, int Height)? Of(byte[] png)
    {
        // Signature (8 bytes), chunk length (4), "IHDR" (4), then width and height as big-endian 32-bit integers.
        if (png.Length < 24 || !png.AsSpan(0, 8).SequenceEqual(Signature) || png[12] != 'I' || png[13] != 'H' || png[14] != 'D' || png[15] != 'R')
        {
            return null;
        }

        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }
}
