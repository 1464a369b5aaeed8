using System.Globalization;

namespace ClaimCheck.Evidence.Edits.ReadyMade;

/// <summary>
/// Sets one feature of a vector (or any example, by flat index) to <c>Weakest + Step × Steps</c>. Its size is
/// <c>Steps + 1</c>: it shrinks toward <see cref="Weakest"/>, the mildest value that still makes the edit what it is
/// (e.g. the lowest value that still counts as the concept being present).
/// </summary>
/// <param name="Feature">The feature's index in the example's values.</param>
/// <param name="Weakest">The value at zero steps.</param>
/// <param name="Step">The value one step adds.</param>
/// <param name="Steps">Steps from <paramref name="Weakest"/>, ≥ 0.</param>
public sealed record SetFeature(int Feature, float Weakest, float Step, int Steps) : IShrinkingEdit<ExampleInput>
{
    /// <summary>Sets <paramref name="feature"/> to <paramref name="value"/>: an atomic edit of size 1.</summary>
    public SetFeature(int feature, float value)
        : this(feature, value, 0f, 0)
    {
    }

    /// <summary>A name for the feature in descriptions, e.g. "age"; null to say "feature 3".</summary>
    public string? FeatureName { get; init; }

    /// <summary>The value the feature is set to.</summary>
    public float Value => Weakest + (Step * Steps);

    /// <inheritdoc />
    public int Size => Steps + 1;

    /// <inheritdoc />
    public ExampleInput Apply(ExampleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        float value = Value;
        return input.With(values => values[Feature] = value);
    }

    /// <inheritdoc />
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"sets {FeatureWords.Of(Feature, FeatureName)} to {Value:0.###}");

    /// <inheritdoc />
    public IEnumerable<IShrinkingEdit<ExampleInput>> Shrinks() =>
        new[] { 0, Steps - 1 }.Where(s => s >= 0 && s < Steps).Distinct().Select(s => this with { Steps = s });
}
