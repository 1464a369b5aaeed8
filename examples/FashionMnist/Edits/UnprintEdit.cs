namespace FashionMnist.Edits;

/// <summary>
/// Removes the stripes printed on the garment: the image renders exactly as its original pixels (with any shift or
/// brightness change kept). Atomic: it has no smaller version.
/// </summary>
public sealed record UnprintEdit : IImageEdit
{
    /// <inheritdoc />
    public int Size => 1;

    /// <inheritdoc />
    public GarmentImage Apply(GarmentImage input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input with { StripeSteps = 0 };
    }

    /// <inheritdoc />
    public string Describe() => "removes the printed stripes (the original pixels)";

    /// <inheritdoc />
    public IEnumerable<IImageEdit> Shrinks() => [];
}
