namespace FashionMnist.Edits;

/// <summary>
/// Horizontal stripes printed on a garment, the world's own image change: every other pair of pixel rows darkened by
/// <see cref="StripeStep"/> per step (the background, black, stays black). Also the step of the world's brightness edits.
/// </summary>
public static class StripePrint
{
    /// <summary>One step of brightness (the ready-made brightness edit's step).</summary>
    public const float BrightnessStep = 0.04f;

    /// <summary>One step of stripe strength: the darkened rows keep 1 − 0.1 × steps of their value.</summary>
    public const float StripeStep = 0.1f;

    /// <summary>Pixel rows per stripe.</summary>
    public const int StripeRows = 2;

    /// <summary>Prints stripes of <paramref name="steps"/> steps on a 28 × 28 image, in place.</summary>
    public static void Print(Span<float> image, int steps)
    {
        const int side = Data.FashionMnistFiles.Side;
        float keep = 1f - (StripeStep * steps);
        for (int y = 0; y < side; y += 2 * StripeRows)
        {
            foreach (ref float value in image.Slice(y * side, StripeRows * side))
            {
                value *= keep;
            }
        }
    }
}
