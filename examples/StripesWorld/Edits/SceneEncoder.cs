using ClaimCheck.Evidence.Edits;
using ClaimCheck.Targets;
using StripesWorld.Data;
using StripesWorld.Rendering;
using StripesWorld.Scenes;

namespace StripesWorld.Edits;

/// <summary>Encodes a scene as the model sees it: its rendered 32×32 image, shape [1, 32, 32] like the splits.</summary>
public sealed class SceneEncoder : IInputEncoder<Scene>
{
    /// <inheritdoc />
    public IReadOnlyList<long> ExampleShape { get; } = SceneSet.ExampleShape;

    /// <inheritdoc />
    public void Encode(Scene input, Span<float> destination) => SceneRenderer.RenderInto(input, destination);
}
