using ClaimCheck.Data;
using ClaimCheck.Targets;

namespace FashionMnist.Data;

/// <summary>
/// A set of Fashion-MNIST images as the model sees them: pixels scaled to [0, 1] (optionally changed by a
/// <see cref="PixelShift"/>), shape [1, 28, 28] each, with their class labels and where each came from.
/// </summary>
public sealed class FashionImages
{
    /// <summary>The shape of one example, as the model and the splits take it.</summary>
    public static readonly long[] ExampleShape = [1, FashionMnistFiles.Side, FashionMnistFiles.Side];

    /// <summary>Pixels per image.</summary>
    public const int PixelCount = FashionMnistFiles.Side * FashionMnistFiles.Side;

    private readonly float[] _pixels;
    private readonly byte[] _labels;
    private readonly int[] _sourceIndices;

    /// <summary>Takes the images <paramref name="indices"/> of <paramref name="source"/>, scaled to [0, 1] and passed through <paramref name="shift"/>.</summary>
    public FashionImages(LabelledImages source, string sourceName, IReadOnlyList<int> indices, PixelShift? shift = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(indices);
        SourceName = sourceName;
        Shift = shift ?? PixelShift.None;
        _sourceIndices = [.. indices];
        _labels = new byte[_sourceIndices.Length];
        _pixels = new float[_sourceIndices.Length * PixelCount];
        for (int i = 0; i < _sourceIndices.Length; i++)
        {
            _labels[i] = source.Labels[_sourceIndices[i]];
            ReadOnlySpan<byte> image = source.Image(_sourceIndices[i]);
            Span<float> target = _pixels.AsSpan(i * PixelCount, PixelCount);
            for (int p = 0; p < PixelCount; p++)
            {
                target[p] = Shift.Apply(image[p] / 255f);
            }
        }
    }

    /// <summary>Which set the images come from ("train" or "t10k").</summary>
    public string SourceName { get; }

    /// <summary>The change applied to every pixel.</summary>
    public PixelShift Shift { get; }

    /// <summary>Number of images.</summary>
    public int Count => _labels.Length;

    /// <summary>All pixels, image after image.</summary>
    public float[] Pixels => _pixels;

    /// <summary>The class label of each image.</summary>
    public IReadOnlyList<byte> Labels => _labels;

    /// <summary>The index of each image in its source set.</summary>
    public IReadOnlyList<int> SourceIndices => _sourceIndices;

    /// <summary>The pixels of image <paramref name="index"/>.</summary>
    public ReadOnlySpan<float> Image(int index) => _pixels.AsSpan(index * PixelCount, PixelCount);

    /// <summary>The images as a ClaimCheck split, labelled with every concept of <see cref="FashionConcepts"/>.</summary>
    public DataSplit ToSplit(string name, SplitRole role) =>
        new(name, role, _pixels, ExampleShape, FashionConcepts.All.ToDictionary(c => c, c => FashionConcepts.Label(c, _labels), StringComparer.Ordinal));
}
