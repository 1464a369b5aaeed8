namespace ClaimCheck.Targets;

/// <summary>Turns a world's inputs into the float values the model takes (for a scene: its rendered pixels).</summary>
/// <typeparam name="TInput">The world's input type.</typeparam>
public interface IInputEncoder<in TInput>
{
    /// <summary>The shape of one encoded input, e.g. [1, 32, 32]; the same as the splits' example shape.</summary>
    IReadOnlyList<long> ExampleShape { get; }

    /// <summary>Writes the values of <paramref name="input"/> into <paramref name="destination"/> (length: the product of <see cref="ExampleShape"/>).</summary>
    void Encode(TInput input, Span<float> destination);

    /// <summary>
    /// Whether an encoded input is an image, so a counterexample is also drawn as a picture. By default, shapes
    /// [1, H, W] and [3, H, W] are (see <c>EditPicture.IsImageShape</c>); an encoder of [H, W] images returns
    /// true, one of [3, T, D] sequences false. Counterexamples are described in words either way.
    /// </summary>
    bool IsImage => ImageShape.Is(ExampleShape);
}
