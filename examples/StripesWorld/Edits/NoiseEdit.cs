using System.Globalization;
using StripesWorld.Scenes;

namespace StripesWorld.Edits;

/// <summary>Raises the background noise a little (a nuisance edit; the shifted split has 0.1 against the standard 0.06).</summary>
/// <param name="Steps">Extra noise amplitude in steps of <see cref="Step"/>, at least 1.</param>
public sealed record NoiseEdit(int Steps) : ISceneEdit
{
    /// <summary>One step of noise amplitude.</summary>
    public const double Step = 0.02;

    /// <inheritdoc />
    public int Size => Steps;

    /// <inheritdoc />
    public FeatureInstance? Touches => null;

    /// <inheritdoc />
    public Scene Apply(Scene input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input with { NoiseLevel = input.NoiseLevel + (Steps * Step) };
    }

    /// <inheritdoc />
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"raises the background noise by {Steps * Step:0.00}");

    /// <inheritdoc />
    public IEnumerable<ISceneEdit> Shrinks() =>
        new[] { 1, Steps - 1 }.Where(s => s >= 1 && s < Steps).Distinct().Select(s => new NoiseEdit(s));
}
