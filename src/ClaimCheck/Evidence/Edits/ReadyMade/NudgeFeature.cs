using System.Globalization;

namespace ClaimCheck.Evidence.Edits.ReadyMade;

/// <summary>Adds <c>Step × Steps</c> to one feature (negative steps subtract). Its size is |Steps|; it shrinks toward one step.</summary>
/// <param name="Feature">The feature's index in the example's values.</param>
/// <param name="Step">The amount of one step (positive).</param>
/// <param name="Steps">How many steps, never 0; the sign is the direction.</param>
public sealed record NudgeFeature(int Feature, float Step, int Steps) : IShrinkingEdit<ExampleInput>
{
    /// <summary>A name for the feature in descriptions, e.g. "income"; null to say "feature 3".</summary>
    public string? FeatureName { get; init; }

    /// <summary>The amount added.</summary>
    public float Delta => Step * Steps;

    /// <inheritdoc />
    public int Size => Math.Abs(Steps);

    /// <inheritdoc />
    public ExampleInput Apply(ExampleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        float delta = Delta;
        return input.With(values => values[Feature] += delta);
    }

    /// <inheritdoc />
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{(Steps > 0 ? "adds" : "subtracts")} {Math.Abs(Delta):0.###} {(Steps > 0 ? "to" : "from")} {FeatureWords.Of(Feature, FeatureName)}");

    /// <inheritdoc />
    public IEnumerable<IShrinkingEdit<ExampleInput>> Shrinks() => EditShrinking.SmallerSteps(Steps).Select(s => this with { Steps = s });
}
