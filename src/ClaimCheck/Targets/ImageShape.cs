namespace ClaimCheck.Targets;

/// <summary>Which example shapes are images: [1, H, W] (grey) and [3, H, W] (colour).</summary>
internal static class ImageShape
{
    /// <summary>Whether <paramref name="shape"/> is [1, H, W] or [3, H, W].</summary>
    public static bool Is(IReadOnlyList<long> shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        return shape.Count == 3 && shape[0] is 1 or 3 && shape[1] > 0 && shape[2] > 0;
    }
}
