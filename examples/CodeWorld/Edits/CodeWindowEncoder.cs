using ClaimCheck.Evidence.Edits;
using ClaimCheck.Targets;
using CodeWorld.Audit;

namespace CodeWorld.Edits;

/// <summary>
/// Turns a <see cref="CodeWindow"/> into the model's input: the tokens of its 64 characters and of the next one, as
/// <see cref="CodeWindow.Encode"/> writes them. Not an image: counterexamples of code windows are read as text.
/// </summary>
public sealed class CodeWindowEncoder : IInputEncoder<CodeWindow>
{
    /// <summary>The one encoder every code-window edit needs (it holds no state).</summary>
    public static CodeWindowEncoder Instance { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<long> ExampleShape => CodeWindow.ExampleShape;

    /// <inheritdoc />
    public bool IsImage => false;

    /// <inheritdoc />
    public void Encode(CodeWindow input, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Encode(destination);
    }
}
