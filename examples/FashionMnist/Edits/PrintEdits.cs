using ClaimCheck.Evidence.Edits;
using ClaimCheck.Evidence.Edits.ReadyMade;
using ClaimCheck.Targets;
using FashionMnist.Prints;
using FsCheck;
using FsCheck.Fluent;

namespace FashionMnist.Edits;

/// <summary>Generators of the prints world's own edits: printing stripes as its splits print them, and taking them off.</summary>
public static class PrintEdits
{
    /// <summary>Stripes of the strengths the splits print (<see cref="StripePrints.MinSteps"/> to <see cref="StripePrints.MaxSteps"/> steps).</summary>
    public static Gen<IEdit<ExampleInput>> Print() =>
        Gen.Choose(StripePrints.MinSteps, StripePrints.MaxSteps).Select(s => (IEdit<ExampleInput>)new StripesEdit(s));

    /// <summary>
    /// The print toggled on image <paramref name="index"/> of <paramref name="bases"/>: removed where
    /// <paramref name="prints"/> printed it, printed where it did not. What the prints world adds to an image, and
    /// nothing else: the nuisance edit of its class and group concepts.
    /// </summary>
    public static Gen<IEdit<ExampleInput>> Toggle(EditBases bases, StripePrints prints, int index)
    {
        ArgumentNullException.ThrowIfNull(bases);
        ArgumentNullException.ThrowIfNull(prints);
        return prints.Steps[index] > 0 ? Gen.Constant((IEdit<ExampleInput>)new UnprintEdit(bases.Unprinted(index))) : Print();
    }
}
