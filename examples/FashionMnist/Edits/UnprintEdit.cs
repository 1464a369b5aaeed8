using ClaimCheck.Evidence.Edits.ReadyMade;

namespace FashionMnist.Edits;

/// <summary>Removes the stripes printed on the garment: the image's original pixels. Atomic: it has no smaller version.</summary>
/// <param name="Original">The image without its print.</param>
public sealed record UnprintEdit(ExampleInput Original) : IShrinkingEdit<ExampleInput>
{
    /// <inheritdoc />
    public int Size => 1;

    /// <inheritdoc />
    public ExampleInput Apply(ExampleInput input) => Original;

    /// <inheritdoc />
    public string Describe() => "removes the printed stripes (the original pixels)";

    /// <inheritdoc />
    public IEnumerable<IShrinkingEdit<ExampleInput>> Shrinks() => [];
}
