using ClaimCheck.Targets;

namespace ClaimCheck.Evidence.Edits;

/// <summary>
/// Draws a case's base and edited inputs side by side as pixels (<see cref="PixelImage"/>), which a host encodes into a
/// file to attach (ClaimCheck.Reporting writes PNG). Only image inputs get a picture (see <see cref="IsImageShape"/>);
/// every counterexample, picture or not, is described in words by its <see cref="EditCounterexample.Description"/>.
/// </summary>
public static class EditPicture
{
    private const byte SeparatorGray = 128;

    // Each input pixel becomes a square of this many pixels a side: a 28 × 28 image is drawn 224 × 224.
    private const int PictureScale = 8;

    /// <summary>
    /// Whether inputs of <paramref name="shape"/> are taken for images by default: [1, H, W] (gray) or [3, H, W] (RGB),
    /// the channel-first layout convolutional models take. A two-dimensional shape is not, because [T, D] sequences have
    /// it too; an encoder of [H, W] images says so itself (<see cref="IInputEncoder{TInput}.IsImage"/>).
    /// </summary>
    public static bool IsImageShape(IReadOnlyList<long> shape) => ImageShape.Is(shape);

    /// <summary>
    /// The base (left) and edited (right) input of <paramref name="editCase"/>, each enlarged <paramref name="scale"/>
    /// times; the encoder's example shape must be an image shape (see <see cref="SideBySide(ReadOnlySpan{float}, ReadOnlySpan{float}, IReadOnlyList{long}, int)"/>).
    /// </summary>
    public static PixelImage SideBySide<TInput>(EditCase<TInput> editCase, IInputEncoder<TInput> encoder, int scale)
    {
        ArgumentNullException.ThrowIfNull(editCase);
        ArgumentNullException.ThrowIfNull(encoder);
        int perInput = (int)encoder.ExampleShape.Aggregate(1L, (a, b) => a * b);
        var before = new float[perInput];
        var after = new float[perInput];
        encoder.Encode(editCase.Base, before);
        encoder.Encode(editCase.Edited(), after);
        return SideBySide(before, after, encoder.ExampleShape, scale);
    }

    /// <summary>
    /// The pictures of <paramref name="minimalCases"/> by edit kind, each input enlarged 8 times, when
    /// <paramref name="encoder"/> encodes images, and none otherwise: a vector, a table row or a sequence has no picture,
    /// only its counterexample's words.
    /// </summary>
    public static IReadOnlyDictionary<EditKind, PixelImage> ForImages<TInput>(IReadOnlyDictionary<EditKind, EditCase<TInput>> minimalCases, IInputEncoder<TInput> encoder)
    {
        ArgumentNullException.ThrowIfNull(minimalCases);
        ArgumentNullException.ThrowIfNull(encoder);
        return encoder.IsImage
            ? minimalCases.ToDictionary(p => p.Key, p => SideBySide(p.Value, encoder, PictureScale))
            : new Dictionary<EditKind, PixelImage>();
    }

    /// <summary>
    /// Two images of shape [H, W], [1, H, W] (gray) or [3, H, W] (RGB), values in [0, 1] (clamped), side by side with
    /// a gray bar between, enlarged <paramref name="scale"/> times (nearest neighbour, so pixels stay visible).
    /// </summary>
    public static PixelImage SideBySide(ReadOnlySpan<float> before, ReadOnlySpan<float> after, IReadOnlyList<long> shape, int scale)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        (int channels, int height, int width) = shape.Count switch
        {
            2 => (1, (int)shape[0], (int)shape[1]),
            3 when shape[0] is 1 or 3 => ((int)shape[0], (int)shape[1], (int)shape[2]),
            _ => throw new ArgumentException($"a picture needs shape [H, W], [1, H, W] or [3, H, W], not [{string.Join(", ", shape)}]", nameof(shape)),
        };
        if (before.Length != channels * height * width || after.Length != before.Length)
        {
            throw new ArgumentException("both inputs must have the values of one example of the shape", nameof(before));
        }

        int gap = Math.Max(1, scale / 2);
        int outWidth = (2 * width * scale) + gap, outHeight = height * scale;
        var pixels = new byte[outWidth * outHeight * channels];
        pixels.AsSpan().Fill(SeparatorGray);
        Blit(before, channels, height, width, scale, pixels, outWidth, 0);
        Blit(after, channels, height, width, scale, pixels, outWidth, (width * scale) + gap);
        return new PixelImage(outWidth, outHeight, channels, pixels);
    }

    private static void Blit(ReadOnlySpan<float> image, int channels, int height, int width, int scale, byte[] pixels, int outWidth, int left)
    {
        for (int y = 0; y < height * scale; y++)
        {
            for (int x = 0; x < width * scale; x++)
            {
                for (int c = 0; c < channels; c++)
                {
                    // Planar [C, H, W] in, interleaved RGB out.
                    float v = image[(c * height * width) + ((y / scale) * width) + (x / scale)];
                    pixels[(((y * outWidth) + left + x) * channels) + c] = (byte)Math.Round(Math.Clamp(v, 0f, 1f) * 255);
                }
            }
        }
    }
}
