using StripesWorld.Scenes;

namespace StripesWorld.Edits;

/// <summary>Adds one feature instance: the concept (an Add edit) or another kind (a nuisance edit).</summary>
/// <param name="Feature">The instance added, at the centre of a quarter.</param>
public sealed record AddFeatureEdit(FeatureInstance Feature) : ISceneEdit
{
    /// <inheritdoc />
    public int Size => FeatureGrid.Complexity(Feature);

    /// <inheritdoc />
    public FeatureInstance? Touches => null;

    /// <inheritdoc />
    public Scene Apply(Scene input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Add(Feature);
    }

    /// <inheritdoc />
    public string Describe() => $"adds {FeatureWords.Describe(Feature)} in the {Quarters.Names[Quarters.Nearest(Feature.X, Feature.Y)]} quarter";

    /// <inheritdoc />
    public IEnumerable<ISceneEdit> Shrinks() => FeatureGrid.Shrinks(Feature).Select(f => new AddFeatureEdit(f));
}
