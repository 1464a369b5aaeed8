using ClaimCheck.Evidence.Edits;
using FashionMnist.Data;

namespace FashionMnist.Edits;

/// <summary>Renders a <see cref="GarmentImage"/> from the images of one split: stripes, then the shift, then brightness.</summary>
/// <param name="images">The split the images' indices point into.</param>
public sealed class ImageEncoder(FashionImages images) : IInputEncoder<GarmentImage>
{
    /// <inheritdoc />
    public IReadOnlyList<long> ExampleShape { get; } = FashionImages.ExampleShape;

    /// <inheritdoc />
    public void Encode(GarmentImage input, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(input);
        const int side = FashionMnistFiles.Side;
        ReadOnlySpan<float> source = images.Image(input.Index);
        float stripe = 1f - (GarmentImage.StripeStep * input.StripeSteps);
        float brightness = GarmentImage.BrightnessStep * input.BrightnessSteps;
        for (int y = 0; y < side; y++)
        {
            int sy = y - input.Dy;
            for (int x = 0; x < side; x++)
            {
                int sx = x - input.Dx;
                float value = sx is >= 0 and < side && sy is >= 0 and < side ? source[(sy * side) + sx] : 0f;
                // Stripes follow the garment (source rows), so a shifted striped image is the striped image shifted.
                if (input.StripeSteps != 0 && (sy / GarmentImage.StripeRows) % 2 == 0)
                {
                    value *= stripe;
                }

                destination[(y * side) + x] = Math.Clamp(value + brightness, 0f, 1f);
            }
        }
    }
}
