using System.Globalization;

namespace FashionMnist.Edits;

/// <summary>Prints horizontal stripes on the garment (a nuisance edit: a striped shirt is still a shirt).</summary>
/// <param name="Steps">Strength in steps of <see cref="GarmentImage.StripeStep"/> (1 to 9).</param>
public sealed record StripesEdit(int Steps) : IImageEdit
{
    /// <inheritdoc />
    public int Size => Steps;

    /// <inheritdoc />
    public GarmentImage Apply(GarmentImage input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input with { StripeSteps = Math.Min(9, input.StripeSteps + Steps) };
    }

    /// <inheritdoc />
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"prints horizontal stripes on the garment (every other {GarmentImage.StripeRows} rows darkened by {Steps * GarmentImage.StripeStep:0.0})");

    /// <inheritdoc />
    public IEnumerable<IImageEdit> Shrinks() =>
        new[] { 1, Steps - 1 }.Where(s => s > 0 && s < Steps).Distinct().Select(s => new StripesEdit(s));
}
