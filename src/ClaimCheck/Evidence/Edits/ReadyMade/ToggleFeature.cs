using System.Globalization;

namespace ClaimCheck.Evidence.Edits.ReadyMade;

/// <summary>Toggles a 0/1 feature: a value above 0.5 becomes 0, any other becomes 1. Atomic (size 1).</summary>
/// <param name="Feature">The feature's index in the example's values.</param>
public sealed record ToggleFeature(int Feature) : IShrinkingEdit<ExampleInput>
{
    /// <summary>A name for the feature in descriptions, e.g. "smoker"; null to say "feature 3".</summary>
    public string? FeatureName { get; init; }

    /// <inheritdoc />
    public int Size => 1;

    /// <inheritdoc />
    public ExampleInput Apply(ExampleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.With(values => values[Feature] = values[Feature] > 0.5f ? 0f : 1f);
    }

    /// <inheritdoc />
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"toggles {FeatureWords.Of(Feature, FeatureName)} (0 ↔ 1)");

    /// <inheritdoc />
    public IEnumerable<IShrinkingEdit<ExampleInput>> Shrinks() => [];
}
