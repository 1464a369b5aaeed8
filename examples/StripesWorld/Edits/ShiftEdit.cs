using StripesWorld.Scenes;

namespace StripesWorld.Edits;

/// <summary>Shifts every feature by a few whole pixels (a nuisance edit: where a feature is should not matter).</summary>
/// <param name="Dx">Pixels right (negative: left).</param>
/// <param name="Dy">Pixels down (negative: up).</param>
public sealed record ShiftEdit(int Dx, int Dy) : ISceneEdit
{
    /// <inheritdoc />
    public int Size => Displacement.Size(Dx, Dy);

    /// <inheritdoc />
    public FeatureInstance? Touches => null;

    /// <inheritdoc />
    public Scene Apply(Scene input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Shifted(Dx, Dy);
    }

    /// <inheritdoc />
    public string Describe() => $"shifts everything {Displacement.Words(Dx, Dy)}";

    /// <inheritdoc />
    public IEnumerable<ISceneEdit> Shrinks() => Displacement.Shrinks(Dx, Dy).Select(d => new ShiftEdit(d.Dx, d.Dy));
}
