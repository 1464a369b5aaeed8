using System.Globalization;

namespace ClaimCheck.Evidence.Edits.ReadyMade;

/// <summary>
/// Adds <c>Step × Steps</c> to every value (negative steps darken), clamped to [<see cref="Min"/>, <see cref="Max"/>].
/// Its size is |Steps|; it shrinks toward one step.
/// </summary>
/// <param name="Step">The amount of one step (positive).</param>
/// <param name="Steps">How many steps, never 0; negative darkens.</param>
public sealed record BrightenImage(float Step, int Steps) : IShrinkingEdit<ExampleInput>
{
    /// <summary>The lowest value a pixel may take (0 by default).</summary>
    public float Min { get; init; }

    /// <summary>The highest value a pixel may take (1 by default).</summary>
    public float Max { get; init; } = 1f;

    /// <inheritdoc />
    public int Size => Math.Abs(Steps);

    /// <inheritdoc />
    public ExampleInput Apply(ExampleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        float delta = Step * Steps;
        return input.With(values =>
        {
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = Math.Clamp(values[i] + delta, Min, Max);
            }
        });
    }

    /// <inheritdoc />
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{(Steps > 0 ? "brightens" : "darkens")} every pixel by {Math.Abs(Steps) * Step:0.00}");

    /// <inheritdoc />
    public IEnumerable<IShrinkingEdit<ExampleInput>> Shrinks() => EditShrinking.SmallerSteps(Steps).Select(s => this with { Steps = s });
}
