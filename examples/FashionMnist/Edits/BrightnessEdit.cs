using System.Globalization;

namespace FashionMnist.Edits;

/// <summary>Adds a small offset to every pixel, background included (a nuisance edit).</summary>
/// <param name="Steps">Offset in steps of <see cref="GarmentImage.BrightnessStep"/>; negative darkens.</param>
public sealed record BrightnessEdit(int Steps) : IImageEdit
{
    /// <inheritdoc />
    public int Size => Math.Abs(Steps);

    /// <inheritdoc />
    public GarmentImage Apply(GarmentImage input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input with { BrightnessSteps = input.BrightnessSteps + Steps };
    }

    /// <inheritdoc />
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{(Steps > 0 ? "brightens" : "darkens")} every pixel by {Math.Abs(Steps) * GarmentImage.BrightnessStep:0.00}");

    /// <inheritdoc />
    public IEnumerable<IImageEdit> Shrinks() =>
        new[] { Math.Sign(Steps), Steps - Math.Sign(Steps) }.Where(s => s != 0 && Math.Abs(s) < Math.Abs(Steps)).Distinct().Select(s => new BrightnessEdit(s));
}
