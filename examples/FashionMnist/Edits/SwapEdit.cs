using System.Globalization;
using ClaimCheck.Evidence.Edits.ReadyMade;
using FashionMnist.Data;

namespace FashionMnist.Edits;

/// <summary>
/// Replaces the garment with another held-out image, printed as the base was (in the prints world): the only way to
/// add or remove a class on real photographs without a generative model. Atomic: it has no smaller version.
/// </summary>
/// <param name="Index">The position of the replacement in the held-out split.</param>
/// <param name="Label">The replacement's class, for the description.</param>
/// <param name="Replacement">The replacement's pixels, with the base's print.</param>
public sealed record SwapEdit(int Index, FashionClass Label, ExampleInput Replacement) : IShrinkingEdit<ExampleInput>
{
    /// <inheritdoc />
    public int Size => 1;

    /// <inheritdoc />
    public ExampleInput Apply(ExampleInput input) => Replacement;

    /// <inheritdoc />
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"replaces it with held-out image {Index} (a {Label.ConceptName()})");

    /// <inheritdoc />
    public IEnumerable<IShrinkingEdit<ExampleInput>> Shrinks() => [];
}
