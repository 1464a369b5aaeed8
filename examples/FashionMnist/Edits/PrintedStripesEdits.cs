using ClaimCheck.Evidence.Edits;
using ClaimCheck.Evidence.Edits.ReadyMade;
using ClaimCheck.Targets;
using FashionMnist.Prints;
using FsCheck;
using FsCheck.Fluent;

namespace FashionMnist.Edits;

/// <summary>
/// The edit generators of <see cref="PrintedStripes.Concept"/> over the prints world's held-out images. Add: stripes of
/// 0.3 to 0.8 printed on an unprinted image; remove: a printed image rendered without its print, which gives its
/// original pixels exactly (<see cref="UnprintEdit"/>); nuisance: a shift or a brightness change of any image, printed
/// or not (never stripes, which would change the concept). Prints shrink to weaker prints, shifts and brightness
/// changes to smaller ones; removing a print is atomic.
/// </summary>
public sealed class PrintedStripesEdits : IConceptEdits<ExampleInput>
{
    /// <summary>Creates the edits over <paramref name="heldOut"/>, the prints world's held-out split.</summary>
    public PrintedStripesEdits(PrintedImages heldOut)
    {
        ArgumentNullException.ThrowIfNull(heldOut);
        var bases = EditBases.Printed(heldOut);
        bool[] printed = heldOut.Prints.Printed;
        int[] with = [.. Enumerable.Range(0, heldOut.Count).Where(i => printed[i])];
        int[] without = [.. Enumerable.Range(0, heldOut.Count).Where(i => !printed[i])];
        Add = EditShrinking.Arbitrary(
            from index in Gen.Elements(without)
            from edit in PrintEdits.Print()
            select bases.Case(index, edit));
        Remove = EditShrinking.Arbitrary(Gen.Elements(with).Select(index => bases.Case(index, new UnprintEdit(bases.Unprinted(index)))));
        Nuisance = EditShrinking.Arbitrary(
            from index in Gen.Choose(0, heldOut.Count - 1)
            from edit in Gen.Sized(NuisanceEdits.ShiftOrBrightness)
            select bases.Case(index, edit));
    }

    /// <inheritdoc />
    public string Concept => PrintedStripes.Concept;

    /// <inheritdoc />
    public Arbitrary<EditCase<ExampleInput>> Add { get; }

    /// <inheritdoc />
    public Arbitrary<EditCase<ExampleInput>> Remove { get; }

    /// <inheritdoc />
    public Arbitrary<EditCase<ExampleInput>> Nuisance { get; }
}
