using System.Globalization;
using FashionMnist.Data;

namespace FashionMnist.Edits;

/// <summary>
/// Replaces the garment with another held-out image (keeping any nuisance changes): the only way to add or remove a
/// class on real photographs without a generative model. Atomic: it has no smaller version.
/// </summary>
/// <param name="Index">The position of the replacement in the held-out split.</param>
/// <param name="Label">The replacement's class, for the description.</param>
public sealed record SwapEdit(int Index, FashionClass Label) : IImageEdit
{
    /// <inheritdoc />
    public int Size => 1;

    /// <inheritdoc />
    public GarmentImage Apply(GarmentImage input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input with { Index = Index };
    }

    /// <inheritdoc />
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"replaces it with held-out image {Index} (a {Label.ConceptName()})");

    /// <inheritdoc />
    public IEnumerable<IImageEdit> Shrinks() => [];
}
