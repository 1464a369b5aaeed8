using System.Globalization;
using ClaimCheck.Evidence.Edits;
using FashionMnist.Data;
using FashionMnist.Prints;

namespace FashionMnist.Edits;

/// <summary>
/// The held-out images edit cases start from: each as a <see cref="GarmentImage"/> (with the stripes its split printed
/// on it, if any) and in words. Bases are single photographs, so they do not shrink (base size 0).
/// </summary>
public sealed class EditBases
{
    private readonly Func<int, GarmentImage> _base;
    private readonly Func<int, string> _describe;

    private EditBases(IReadOnlyList<byte> labels, Func<int, GarmentImage> baseOf, Func<int, string> describe)
    {
        Labels = labels;
        _base = baseOf;
        _describe = describe;
    }

    /// <summary>Number of images.</summary>
    public int Count => Labels.Count;

    /// <summary>The class label of each image.</summary>
    public IReadOnlyList<byte> Labels { get; }

    /// <summary>The base world's held-out images, as they are.</summary>
    public static EditBases Plain(FashionImages heldOut)
    {
        ArgumentNullException.ThrowIfNull(heldOut);
        return new EditBases(heldOut.Labels, i => new GarmentImage(i), i => Describe(heldOut, i, string.Empty));
    }

    /// <summary>The prints world's held-out images, each with its print.</summary>
    public static EditBases Printed(PrintedImages heldOut)
    {
        ArgumentNullException.ThrowIfNull(heldOut);
        return new EditBases(heldOut.Labels, heldOut.Garment, i => Describe(heldOut.Plain, i, heldOut.Prints.Steps[i] switch
        {
            0 => ", unprinted",
            int steps => string.Create(CultureInfo.InvariantCulture, $", stripes printed at {steps * GarmentImage.StripeStep:0.0}"),
        }));
    }

    /// <summary>Image <paramref name="index"/> as an edit input.</summary>
    public GarmentImage Base(int index) => _base(index);

    /// <summary>A case: image <paramref name="index"/> and <paramref name="edit"/>.</summary>
    public EditCase<GarmentImage> Case(int index, IImageEdit edit) => new(_base(index), _describe(index), 0, edit);

    private static string Describe(FashionImages images, int index, string print) => string.Create(CultureInfo.InvariantCulture,
        $"held-out image {index} (a {((FashionClass)images.Labels[index]).ConceptName()}{print}, t10k #{images.SourceIndices[index]})");
}
