namespace ClaimCheck.Evidence.Edits;

/// <summary>
/// An 8-bit picture as plain pixels: rows top to bottom, each row left to right, the channels of a pixel side by side
/// (one channel: gray; three: red, green, blue). The engine draws counterexamples this far; a host that can encode
/// images (ClaimCheck.Reporting) turns them into files.
/// </summary>
public sealed class PixelImage
{
    private readonly byte[] _pixels;

    /// <summary>A picture of <paramref name="width"/> × <paramref name="height"/> pixels holding <paramref name="pixels"/> (kept, not copied).</summary>
    /// <param name="width">Pixels per row, at least 1.</param>
    /// <param name="height">Rows, at least 1.</param>
    /// <param name="channels">1 (gray) or 3 (RGB).</param>
    /// <param name="pixels">width × height × channels values, in the layout above.</param>
    public PixelImage(int width, int height, int channels, byte[] pixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentNullException.ThrowIfNull(pixels);
        if (channels is not (1 or 3))
        {
            throw new ArgumentOutOfRangeException(nameof(channels), channels, "a picture has 1 channel (gray) or 3 (RGB)");
        }

        if (pixels.LongLength != (long)width * height * channels)
        {
            throw new ArgumentException($"{width} × {height} × {channels} pixel values expected, not {pixels.LongLength}", nameof(pixels));
        }

        (Width, Height, Channels, _pixels) = (width, height, channels, pixels);
    }

    /// <summary>Pixels per row.</summary>
    public int Width { get; }

    /// <summary>Rows.</summary>
    public int Height { get; }

    /// <summary>1 (gray) or 3 (RGB).</summary>
    public int Channels { get; }

    /// <summary>All values, row by row, channels interleaved.</summary>
    public ReadOnlySpan<byte> Pixels => _pixels;

    /// <summary>The value of <paramref name="channel"/> at column <paramref name="x"/> of row <paramref name="y"/>.</summary>
    public byte this[int x, int y, int channel]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(x);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(x, Width);
            ArgumentOutOfRangeException.ThrowIfNegative(y);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(y, Height);
            ArgumentOutOfRangeException.ThrowIfNegative(channel);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(channel, Channels);
            return _pixels[(((y * Width) + x) * Channels) + channel];
        }
    }
}
