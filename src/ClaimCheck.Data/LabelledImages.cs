using System.Globalization;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Data;

/// <summary>
/// Grey-scale images with one class label each, read from a pair of IDX files (the MNIST layout: an images file of
/// unsigned bytes [count, rows, columns] and a labels file of unsigned bytes [count]).
/// </summary>
/// <example>
/// <code>
/// LabelledImages test = LabelledImages.Load(
///     "/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz",
///     "/usr/share/datasets/fashion-mnist/t10k-labels-idx1-ubyte.gz",
///     classCount: 10);
/// ReadOnlySpan&lt;byte&gt; first = test.Image(0);   // 28 × 28 pixels, row-major
/// int label = test.Labels[0];
/// </code>
/// </example>
public sealed class LabelledImages
{
    private readonly IdxArray _images;
    private readonly byte[] _labels;

    private LabelledImages(IdxArray images, byte[] labels)
    {
        _images = images;
        _labels = labels;
        Rows = images.Dimensions[1];
        Columns = images.Dimensions[2];
    }

    /// <summary>Number of images (and labels).</summary>
    public int Count => _labels.Length;

    /// <summary>Pixel rows per image.</summary>
    public int Rows { get; }

    /// <summary>Pixel columns per image.</summary>
    public int Columns { get; }

    /// <summary>Pixels per image.</summary>
    public int PixelsPerImage => Rows * Columns;

    /// <summary>Every pixel, image after image, row-major, 0 (black) to 255.</summary>
    public ReadOnlySpan<byte> Pixels => _images.Bytes;

    /// <summary>The class label of each image.</summary>
    public IReadOnlyList<byte> Labels => _labels;

    /// <summary>The pixels of image <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> Image(int index) => Pixels.Slice(checked(index * PixelsPerImage), PixelsPerImage);

    /// <summary>Reads and cross-checks an images file and its labels file.</summary>
    /// <param name="imagesPath">IDX file of unsigned bytes [count, rows, columns] (raw or gzip).</param>
    /// <param name="labelsPath">IDX file of unsigned bytes [count] (raw or gzip).</param>
    /// <param name="classCount">When given, every label must be below it.</param>
    /// <exception cref="ClaimCheckException">
    /// CLM5030–CLM5032 from <see cref="IdxReader"/>; CLM5034 when a file has the wrong type or shape for its role or a
    /// label is out of range; CLM5033 when the two files hold different numbers of items.
    /// </exception>
    public static LabelledImages Load(string imagesPath, string labelsPath, int? classCount = null)
    {
        IdxArray images = IdxReader.Read(imagesPath);
        IdxArray labels = IdxReader.Read(labelsPath);
        return From(images, imagesPath, labels, labelsPath, classCount);
    }

    /// <summary>Cross-checks arrays already read (<paramref name="imagesSource"/> and <paramref name="labelsSource"/> name them in diagnostics).</summary>
    /// <exception cref="ClaimCheckException">CLM5034 for a wrong type, shape or label; CLM5033 for a count mismatch.</exception>
    public static LabelledImages From(IdxArray images, string imagesSource, IdxArray labels, string labelsSource, int? classCount = null)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(labels);
        RequireLayout(images, imagesSource, "images", 3, "[count, rows, columns]");
        RequireLayout(labels, labelsSource, "labels", 1, "[count]");
        if (images.Count != labels.Count)
        {
            throw new ClaimCheckException(DiagnosticIds.IdxCountMismatch, string.Create(CultureInfo.InvariantCulture,
                $"{imagesSource} holds {images.Count} images but {labelsSource} holds {labels.Count} labels; they must pair one to one"));
        }

        byte[] labelValues = labels.Bytes.ToArray();
        if (classCount is int classes)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(classes, nameof(classCount));
            int bad = Array.FindIndex(labelValues, l => l >= classes);
            if (bad >= 0)
            {
                throw new ClaimCheckException(DiagnosticIds.IdxUnexpectedLayout, string.Create(CultureInfo.InvariantCulture,
                    $"{labelsSource}: label {bad} is {labelValues[bad]}, outside the {classes} classes (0 to {classes - 1})"));
            }
        }

        return new LabelledImages(images, labelValues);
    }

    private static void RequireLayout(IdxArray array, string source, string role, int rank, string shape)
    {
        if (array.DataType != IdxDataType.UnsignedByte || array.Dimensions.Count != rank)
        {
            throw new ClaimCheckException(DiagnosticIds.IdxUnexpectedLayout,
                $"{source} holds {array.DataType} [{string.Join(", ", array.Dimensions)}], but {role} must be UnsignedByte {shape}");
        }
    }
}
