using ClaimCheck.Targets;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimCheck.Evidence.Edits.ReadyMade;

/// <summary>
/// Generators of the ready-made edits of vector and tabular inputs (<see cref="SetFeature"/>, <see cref="ToggleFeature"/>,
/// <see cref="NudgeFeature"/>), for <see cref="ExampleEdits"/>; combine them with <c>Gen.OneOf</c>.
/// </summary>
public static class FeatureEdits
{
    /// <summary>Always sets <paramref name="feature"/> to <paramref name="value"/> (e.g. 1 to add a 0/1 concept, 0 to remove it).</summary>
    public static Gen<IEdit<ExampleInput>> Set(int feature, float value) =>
        Gen.Constant<IEdit<ExampleInput>>(new SetFeature(feature, value));

    /// <summary>
    /// Sets <paramref name="feature"/> to one of <paramref name="steps"/> + 1 evenly spaced values from
    /// <paramref name="weakest"/> to <paramref name="strongest"/>; a failure shrinks toward <paramref name="weakest"/>.
    /// </summary>
    public static Gen<IEdit<ExampleInput>> Set(int feature, float weakest, float strongest, int steps)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        float step = (strongest - weakest) / steps;
        return Gen.Choose(0, steps).Select(s => (IEdit<ExampleInput>)new SetFeature(feature, weakest, step, s));
    }

    /// <summary>Toggles the 0/1 feature <paramref name="feature"/>.</summary>
    public static Gen<IEdit<ExampleInput>> Toggle(int feature) =>
        Gen.Constant<IEdit<ExampleInput>>(new ToggleFeature(feature));

    /// <summary>
    /// Adds or subtracts 1 to <paramref name="maxSteps"/> steps of <paramref name="step"/> to one of
    /// <paramref name="features"/>; a failure shrinks toward one step.
    /// </summary>
    public static Gen<IEdit<ExampleInput>> Nudge(IReadOnlyList<int> features, float step, int maxSteps)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentOutOfRangeException.ThrowIfLessThan(features.Count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSteps, 1);
        return from feature in Gen.Elements(features.ToArray())
               from size in Gen.Choose(1, maxSteps)
               from sign in Gen.Elements(1, -1)
               select (IEdit<ExampleInput>)new NudgeFeature(feature, step, sign * size);
    }
}
