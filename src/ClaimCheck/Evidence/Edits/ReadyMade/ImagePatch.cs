namespace ClaimCheck.Evidence.Edits.ReadyMade;

/// <summary>A small picture to overlay on images (a sticker, a watermark, a texture), applied to every channel.</summary>
public sealed class ImagePatch : IEquatable<ImagePatch>
{
    private readonly float[] _values;

    /// <summary>Creates a patch of <paramref name="height"/> × <paramref name="width"/> values, row-major.</summary>
    public ImagePatch(string name, int height, int width, float[] values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        if (values.Length != height * width)
        {
            throw new ArgumentException($"a {height} × {width} patch needs {height * width} values, not {values.Length}", nameof(values));
        }

        Name = name;
        Height = height;
        Width = width;
        _values = [.. values];
    }

    /// <summary>The patch's name in descriptions, e.g. "a white square".</summary>
    public string Name { get; }

    /// <summary>Rows.</summary>
    public int Height { get; }

    /// <summary>Columns.</summary>
    public int Width { get; }

    /// <summary>The values, row-major.</summary>
    public ReadOnlySpan<float> Values => _values;

    /// <inheritdoc />
    public bool Equals(ImagePatch? other) =>
        other is not null && Name == other.Name && Height == other.Height && Width == other.Width && _values.AsSpan().SequenceEqual(other._values);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ImagePatch);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Height, Width);
}
