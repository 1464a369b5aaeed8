using StripesWorld.Scenes;

namespace StripesWorld.Edits;

/// <summary>Moves one feature of another kind than the concept (a nuisance edit).</summary>
/// <param name="Target">The base's instance that moves (found by value, so the edit replays on the same base).</param>
/// <param name="Dx">Pixels right (negative: left).</param>
/// <param name="Dy">Pixels down (negative: up).</param>
public sealed record MoveFeatureEdit(FeatureInstance Target, int Dx, int Dy) : ISceneEdit
{
    /// <inheritdoc />
    public int Size => Displacement.Size(Dx, Dy);

    /// <inheritdoc />
    public FeatureInstance? Touches => Target;

    /// <inheritdoc />
    public Scene Apply(Scene input)
    {
        ArgumentNullException.ThrowIfNull(input);
        int index = input.Features.IndexOf(Target);
        if (index < 0)
        {
            throw new InvalidOperationException($"the scene has no {FeatureWords.Describe(Target)} to move");
        }

        return input.Replace(index, Target.Shifted(Dx, Dy));
    }

    /// <inheritdoc />
    public string Describe() => $"moves {FeatureWords.Noun(Target.Kind)} {Displacement.Words(Dx, Dy)}";

    /// <inheritdoc />
    public IEnumerable<ISceneEdit> Shrinks() => Displacement.Shrinks(Dx, Dy).Select(d => new MoveFeatureEdit(Target, d.Dx, d.Dy));
}
