using System.Globalization;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Evidence.Edits.ReadyMade;
using ClaimCheck.Targets;
using FashionMnist.Data;
using FashionMnist.Prints;

namespace FashionMnist.Edits;

/// <summary>
/// The held-out images edit cases start from, as the split shows them (with the stripes its split printed on them, if
/// any) and in words. Bases are single photographs, so they do not shrink (base size 0).
/// </summary>
public sealed class EditBases
{
    private readonly FashionImages _plain;
    private readonly IReadOnlyList<int> _prints;
    private readonly Func<int, string> _describe;

    private EditBases(FashionImages plain, IReadOnlyList<int> prints, Func<int, string> describe)
    {
        _plain = plain;
        _prints = prints;
        _describe = describe;
    }

    /// <summary>Number of images.</summary>
    public int Count => _plain.Count;

    /// <summary>The class label of each image.</summary>
    public IReadOnlyList<byte> Labels => _plain.Labels;

    /// <summary>The base world's held-out images, as they are.</summary>
    public static EditBases Plain(FashionImages heldOut)
    {
        ArgumentNullException.ThrowIfNull(heldOut);
        return new EditBases(heldOut, new int[heldOut.Count], i => Describe(heldOut, i, string.Empty));
    }

    /// <summary>The prints world's held-out images, each with its print.</summary>
    public static EditBases Printed(PrintedImages heldOut)
    {
        ArgumentNullException.ThrowIfNull(heldOut);
        return new EditBases(heldOut.Plain, heldOut.Prints.Steps, i => Describe(heldOut.Plain, i, heldOut.Prints.Steps[i] switch
        {
            0 => ", unprinted",
            int steps => string.Create(CultureInfo.InvariantCulture, $", stripes printed at {steps * StripePrint.StripeStep:0.0}"),
        }));
    }

    /// <summary>Image <paramref name="index"/> as the split shows it.</summary>
    public ExampleInput Base(int index) => Rendered(index, _prints[index]);

    /// <summary>Image <paramref name="index"/> without any print.</summary>
    public ExampleInput Unprinted(int index) => Rendered(index, 0);

    /// <summary>A swap of image <paramref name="index"/> for image <paramref name="replacement"/>, printed as image <paramref name="index"/> is.</summary>
    public SwapEdit Swap(int index, int replacement) => new(replacement, (FashionClass)Labels[replacement], Rendered(replacement, _prints[index]));

    /// <summary>A case: image <paramref name="index"/> and <paramref name="edit"/>.</summary>
    public EditCase<ExampleInput> Case(int index, IEdit<ExampleInput> edit) => new(Base(index), _describe(index), 0, edit);

    private ExampleInput Rendered(int index, int printSteps)
    {
        float[] pixels = _plain.Image(index).ToArray();
        if (printSteps > 0)
        {
            StripePrint.Print(pixels, printSteps);
        }

        return new ExampleInput(pixels, FashionImages.ExampleShape);
    }

    private static string Describe(FashionImages images, int index, string print) => string.Create(CultureInfo.InvariantCulture,
        $"held-out image {index} (a {((FashionClass)images.Labels[index]).ConceptName()}{print}, t10k #{images.SourceIndices[index]})");
}
