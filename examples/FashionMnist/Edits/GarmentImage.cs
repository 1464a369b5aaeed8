namespace FashionMnist.Edits;

/// <summary>
/// An input of the edit checks: a held-out image (by its position in the held-out split) with the nuisance changes
/// applied to it. A value, so an edit replays bit for bit; <see cref="ImageEncoder"/> renders it.
/// </summary>
/// <param name="Index">The image's position in the held-out split.</param>
/// <param name="Dx">Shift to the right in pixels (negative: left); pixels shifted in are black.</param>
/// <param name="Dy">Shift down in pixels (negative: up).</param>
/// <param name="BrightnessSteps">Added to every pixel in steps of <see cref="BrightnessStep"/> (negative darkens), clamped to [0, 1].</param>
/// <param name="StripeSteps">Strength of horizontal stripes printed on the garment, in steps of <see cref="StripeStep"/>.</param>
public sealed record GarmentImage(int Index, int Dx = 0, int Dy = 0, int BrightnessSteps = 0, int StripeSteps = 0)
{
    /// <summary>One step of brightness.</summary>
    public const float BrightnessStep = 0.04f;

    /// <summary>
    /// One step of stripe strength: every other pair of pixel rows of the garment is darkened by this fraction per step,
    /// like a print of horizontal stripes on the fabric (the background stays as it is).
    /// </summary>
    public const float StripeStep = 0.1f;

    /// <summary>Pixel rows per stripe.</summary>
    public const int StripeRows = 2;

    /// <summary>Whether nothing but the image itself is shown.</summary>
    public bool IsPlain => Dx == 0 && Dy == 0 && BrightnessSteps == 0 && StripeSteps == 0;
}
