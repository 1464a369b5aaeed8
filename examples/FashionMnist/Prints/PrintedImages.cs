using ClaimCheck.Targets;
using FashionMnist.Data;
using FashionMnist.Edits;

namespace FashionMnist.Prints;

/// <summary>
/// A split of the prints world: Fashion-MNIST images with stripes printed on some of them (<see cref="StripePrints"/>),
/// printed as the edits print them (<see cref="StripePrint"/>) on the unprinted images, then passed through the split's
/// <see cref="PixelShift"/>. Printing before the shift keeps the stripes on the garment: on the lighter split the
/// background stays one even grey.
/// </summary>
public sealed class PrintedImages
{
    private readonly float[] _pixels;

    /// <summary>Prints <paramref name="prints"/> on <paramref name="plain"/> (which must carry no shift) and applies <paramref name="shift"/>.</summary>
    public PrintedImages(FashionImages plain, StripePrints prints, PixelShift? shift = null)
    {
        ArgumentNullException.ThrowIfNull(plain);
        ArgumentNullException.ThrowIfNull(prints);
        if (plain.Shift != PixelShift.None)
        {
            throw new ArgumentException("stripes are printed on the unshifted images; pass the shift separately", nameof(plain));
        }

        if (prints.Count != plain.Count)
        {
            throw new ArgumentException($"{prints.Count} prints for {plain.Count} images", nameof(prints));
        }

        Plain = plain;
        Prints = prints;
        Shift = shift ?? PixelShift.None;
        _pixels = new float[plain.Count * FashionImages.PixelCount];
        for (int i = 0; i < plain.Count; i++)
        {
            Span<float> image = _pixels.AsSpan(i * FashionImages.PixelCount, FashionImages.PixelCount);
            plain.Image(i).CopyTo(image);
            if (prints.Steps[i] > 0)
            {
                StripePrint.Print(image, prints.Steps[i]);
            }

            if (Shift != PixelShift.None)
            {
                for (int p = 0; p < image.Length; p++)
                {
                    image[p] = Shift.Apply(image[p]);
                }
            }
        }
    }

    /// <summary>The images without prints and without the shift.</summary>
    public FashionImages Plain { get; }

    /// <summary>Which images carry a print, and how strong.</summary>
    public StripePrints Prints { get; }

    /// <summary>The change applied to every pixel after printing.</summary>
    public PixelShift Shift { get; }

    /// <summary>Number of images.</summary>
    public int Count => Plain.Count;

    /// <summary>All rendered pixels, image after image.</summary>
    public float[] Pixels => _pixels;

    /// <summary>The class label of each image.</summary>
    public IReadOnlyList<byte> Labels => Plain.Labels;

    /// <summary>The rendered pixels of image <paramref name="index"/>.</summary>
    public ReadOnlySpan<float> Image(int index) => _pixels.AsSpan(index * FashionImages.PixelCount, FashionImages.PixelCount);

    /// <summary>The images as a ClaimCheck split, labelled with every class and group concept and with <see cref="PrintedStripes.Concept"/>.</summary>
    public DataSplit ToSplit(string name, SplitRole role)
    {
        var labels = FashionConcepts.All.ToDictionary(c => c, c => FashionConcepts.Label(c, Labels), StringComparer.Ordinal);
        labels[PrintedStripes.Concept] = Prints.Printed;
        return new DataSplit(name, role, _pixels, FashionImages.ExampleShape, labels);
    }
}
