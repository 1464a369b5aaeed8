using System.Globalization;
using ClaimCheck.Evidence.Edits;
using FashionMnist.Data;
using FsCheck;
using FsCheck.Fluent;

namespace FashionMnist.Edits;

/// <summary>
/// The edit generators of one Fashion-MNIST concept (a class or a group) over held-out images. Add: an image outside
/// the concept is replaced by one inside it; remove: the reverse (swaps, the only class edit real photographs allow
/// without a generative model). Nuisance: a shift of 1–2 px, a brightness change of up to ±0.12, or stripes printed on
/// the garment, none of which changes what the garment is. The FsCheck size bounds the magnitudes (larger ones from
/// size 50 on); every failure shrinks to a smaller edit (bases are single photographs, which do not shrink).
/// </summary>
public sealed class ImageEdits : IConceptEdits<GarmentImage>
{
    /// <summary>Creates the edits of <paramref name="concept"/> over <paramref name="heldOut"/>.</summary>
    public ImageEdits(string concept, FashionImages heldOut)
    {
        ArgumentNullException.ThrowIfNull(heldOut);
        Concept = concept;
        bool[] inside = FashionConcepts.Label(concept, heldOut.Labels);
        int[] with = [.. Enumerable.Range(0, heldOut.Count).Where(i => inside[i])];
        int[] without = [.. Enumerable.Range(0, heldOut.Count).Where(i => !inside[i])];
        Add = Arb.From(Swaps(heldOut, without, with), Shrinker);
        Remove = Arb.From(Swaps(heldOut, with, without), Shrinker);
        Nuisance = Arb.From(
            from index in Gen.Choose(0, heldOut.Count - 1)
            from edit in Gen.Sized(NuisanceEdit)
            select Case(heldOut, index, edit),
            Shrinker);
    }

    /// <inheritdoc />
    public string Concept { get; }

    /// <inheritdoc />
    public Arbitrary<EditCase<GarmentImage>> Add { get; }

    /// <inheritdoc />
    public Arbitrary<EditCase<GarmentImage>> Remove { get; }

    /// <inheritdoc />
    public Arbitrary<EditCase<GarmentImage>> Nuisance { get; }

    private static Gen<EditCase<GarmentImage>> Swaps(FashionImages images, int[] bases, int[] replacements) =>
        from index in Gen.Elements(bases)
        from replacement in Gen.Elements(replacements)
        select Case(images, index, new SwapEdit(replacement, (FashionClass)images.Labels[replacement]));

    private static Gen<IImageEdit> NuisanceEdit(int size)
    {
        int reach = size < 50 ? 1 : 2;
        return Gen.OneOf(
            (from dx in Gen.Choose(-reach, reach)
             from dy in Gen.Choose(-reach, reach)
             select (dx, dy)).Where(d => d != (0, 0)).Select(d => (IImageEdit)new ShiftEdit(d.dx, d.dy)),
            Gen.Choose(1, reach + 1).SelectMany(s => Gen.Elements(s, -s)).Select(s => (IImageEdit)new BrightnessEdit(s)),
            Gen.Choose(1, 2 * reach).Select(s => (IImageEdit)new StripesEdit(s)));
    }

    private static EditCase<GarmentImage> Case(FashionImages images, int index, IImageEdit edit) =>
        new(new GarmentImage(index), Describe(images, index), 0, edit);

    private static string Describe(FashionImages images, int index) => string.Create(CultureInfo.InvariantCulture,
        $"held-out image {index} (a {((FashionClass)images.Labels[index]).ConceptName()}, t10k #{images.SourceIndices[index]})");

    /// <summary>The explicit shrinker: the same base with each smaller version of the edit.</summary>
    private static IEnumerable<EditCase<GarmentImage>> Shrinker(EditCase<GarmentImage> c) =>
        ((IImageEdit)c.Edit).Shrinks().Select(smaller => c with { Edit = smaller });
}
