using StripesWorld.Scenes;

namespace StripesWorld.Edits;

/// <summary>Removes every instance of a kind (a Remove edit). It cannot shrink; its base can (plainer instances, fewer other features).</summary>
/// <param name="Kind">The kind removed.</param>
public sealed record RemoveFeatureEdit(FeatureKind Kind) : ISceneEdit
{
    /// <inheritdoc />
    public int Size => 1;

    /// <inheritdoc />
    public FeatureInstance? Touches => null;

    /// <inheritdoc />
    public Scene Apply(Scene input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Remove(Kind);
    }

    /// <inheritdoc />
    public string Describe() => $"removes {FeatureWords.Noun(Kind)}";

    /// <inheritdoc />
    public IEnumerable<ISceneEdit> Shrinks() => [];
}
