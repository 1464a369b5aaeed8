using System.Globalization;
using StripesWorld.Scenes;

namespace StripesWorld.Edits;

/// <summary>Adds a small offset to every pixel (a nuisance edit).</summary>
/// <param name="Steps">Offset in steps of <see cref="Step"/>; negative darkens.</param>
public sealed record BrightnessEdit(int Steps) : ISceneEdit
{
    /// <summary>One step of brightness.</summary>
    public const double Step = 0.02;

    /// <inheritdoc />
    public int Size => Math.Abs(Steps);

    /// <inheritdoc />
    public FeatureInstance? Touches => null;

    /// <inheritdoc />
    public Scene Apply(Scene input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.WithBrightness(input.Brightness + (Steps * Step));
    }

    /// <inheritdoc />
    public string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"{(Steps > 0 ? "brightens" : "darkens")} every pixel by {Math.Abs(Steps) * Step:0.00}");

    /// <inheritdoc />
    public IEnumerable<ISceneEdit> Shrinks() =>
        new[] { Math.Sign(Steps), Steps - Math.Sign(Steps) }.Where(s => s != 0 && Math.Abs(s) < Math.Abs(Steps)).Distinct().Select(s => new BrightnessEdit(s));
}
