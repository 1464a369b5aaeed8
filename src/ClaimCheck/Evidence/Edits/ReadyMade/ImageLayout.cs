namespace ClaimCheck.Evidence.Edits.ReadyMade;

/// <summary>Reads an example shape as an image: [C, H, W] or [H, W] (one channel).</summary>
internal readonly record struct ImageLayout(int Channels, int Height, int Width)
{
    /// <summary>The layout of <paramref name="shape"/>; an ArgumentException for a shape that is not an image.</summary>
    public static ImageLayout Of(IReadOnlyList<long> shape) => shape.Count switch
    {
        2 => new ImageLayout(1, (int)shape[0], (int)shape[1]),
        3 => new ImageLayout((int)shape[0], (int)shape[1], (int)shape[2]),
        _ => throw new ArgumentException($"an image edit needs inputs of shape [C, H, W] or [H, W], not [{string.Join(", ", shape)}]", nameof(shape)),
    };
}
