using ClaimCheck.Evidence.Edits;
using ClaimCheck.Evidence.Edits.ReadyMade;
using ClaimCheck.Targets;
using FashionMnist.Data;
using FsCheck;
using FsCheck.Fluent;

namespace FashionMnist.Edits;

/// <summary>
/// The edit generators of one Fashion-MNIST concept (a class or a group) over held-out images. Add: an image outside
/// the concept is replaced by one inside it; remove: the reverse (swaps, the only class edit real photographs allow
/// without a generative model). Nuisance, in the base world: a shift of 1–2 px, a brightness change of up to ±0.12, or
/// stripes printed on the garment, none of which changes what the garment is (<see cref="NuisanceEdits"/>); the prints
/// world passes its own. The FsCheck size bounds the magnitudes (larger ones from size 50 on); every failure shrinks to
/// a smaller edit (bases are single photographs, which do not shrink).
/// </summary>
public sealed class ImageEdits : IConceptEdits<ExampleInput>
{
    /// <summary>Creates the base world's edits of <paramref name="concept"/> over <paramref name="heldOut"/>.</summary>
    public ImageEdits(string concept, FashionImages heldOut)
        : this(concept, EditBases.Plain(heldOut), _ => Gen.Sized(NuisanceEdits.ShiftBrightnessOrStripes))
    {
    }

    /// <summary>
    /// Creates the edits of <paramref name="concept"/> over <paramref name="bases"/>, with <paramref name="nuisance"/>
    /// giving the nuisance edits of each base image (by index).
    /// </summary>
    public ImageEdits(string concept, EditBases bases, Func<int, Gen<IEdit<ExampleInput>>> nuisance)
    {
        ArgumentNullException.ThrowIfNull(bases);
        ArgumentNullException.ThrowIfNull(nuisance);
        Concept = concept;
        bool[] inside = FashionConcepts.Label(concept, bases.Labels);
        int[] with = [.. Enumerable.Range(0, bases.Count).Where(i => inside[i])];
        int[] without = [.. Enumerable.Range(0, bases.Count).Where(i => !inside[i])];
        Add = EditShrinking.Arbitrary(Swaps(bases, without, with));
        Remove = EditShrinking.Arbitrary(Swaps(bases, with, without));
        Nuisance = EditShrinking.Arbitrary(
            from index in Gen.Choose(0, bases.Count - 1)
            from edit in nuisance(index)
            select bases.Case(index, edit));
    }

    /// <inheritdoc />
    public string Concept { get; }

    /// <inheritdoc />
    public Arbitrary<EditCase<ExampleInput>> Add { get; }

    /// <inheritdoc />
    public Arbitrary<EditCase<ExampleInput>> Remove { get; }

    /// <inheritdoc />
    public Arbitrary<EditCase<ExampleInput>> Nuisance { get; }

    private static Gen<EditCase<ExampleInput>> Swaps(EditBases bases, int[] starts, int[] replacements) =>
        from index in Gen.Elements(starts)
        from replacement in Gen.Elements(replacements)
        select bases.Case(index, bases.Swap(index, replacement));
}
