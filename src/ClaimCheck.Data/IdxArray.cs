using System.Buffers.Binary;

namespace ClaimCheck.Data;

/// <summary>
/// The content of one IDX file: its element type, its dimensions and its elements in row-major order, kept as the
/// file stores them (big-endian) and decoded on request.
/// </summary>
public sealed class IdxArray
{
    private readonly byte[] _payload;

    /// <summary>Creates an array from a payload as an IDX file stores it.</summary>
    /// <param name="dataType">The element type.</param>
    /// <param name="dimensions">The size of each dimension, outermost first (e.g. [count, rows, columns]).</param>
    /// <param name="payload">The elements, big-endian, row-major: exactly the product of the dimensions times the element size.</param>
    public IdxArray(IdxDataType dataType, IReadOnlyList<int> dimensions, byte[] payload)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(payload);
        long elements = 1;
        foreach (int dimension in dimensions)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(dimension, nameof(dimensions));
            elements *= dimension;
        }

        if (elements * dataType.ElementSize() != payload.LongLength)
        {
            throw new ArgumentException(
                $"the payload has {payload.LongLength} bytes; [{string.Join(", ", dimensions)}] elements of {dataType} need {elements * dataType.ElementSize()}",
                nameof(payload));
        }

        DataType = dataType;
        Dimensions = dimensions.ToArray();
        Length = (int)elements;
        _payload = payload;
    }

    /// <summary>The element type.</summary>
    public IdxDataType DataType { get; }

    /// <summary>The size of each dimension, outermost first.</summary>
    public IReadOnlyList<int> Dimensions { get; }

    /// <summary>The number of elements (the product of the dimensions).</summary>
    public int Length { get; }

    /// <summary>The size of the outermost dimension: the number of items (images, labels) in the file.</summary>
    public int Count => Dimensions.Count == 0 ? 1 : Dimensions[0];

    /// <summary>The raw elements of an <see cref="IdxDataType.UnsignedByte"/> array (pixels, labels) without a copy.</summary>
    /// <exception cref="InvalidOperationException">The array holds another type.</exception>
    public ReadOnlySpan<byte> Bytes => DataType == IdxDataType.UnsignedByte
        ? _payload
        : throw new InvalidOperationException($"the array holds {DataType} elements, not unsigned bytes; use ToDoubles()");

    /// <summary>Every element as a double, decoded from the file's big-endian layout.</summary>
    public double[] ToDoubles()
    {
        var values = new double[Length];
        ReadOnlySpan<byte> p = _payload;
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = DataType switch
            {
                IdxDataType.UnsignedByte => p[i],
                IdxDataType.SignedByte => (sbyte)p[i],
                IdxDataType.TwoByteInteger => BinaryPrimitives.ReadInt16BigEndian(p[(2 * i)..]),
                IdxDataType.FourByteInteger => BinaryPrimitives.ReadInt32BigEndian(p[(4 * i)..]),
                IdxDataType.FourByteFloat => BinaryPrimitives.ReadSingleBigEndian(p[(4 * i)..]),
                IdxDataType.EightByteFloat => BinaryPrimitives.ReadDoubleBigEndian(p[(8 * i)..]),
                _ => throw new InvalidOperationException($"unknown IDX type {DataType}"),
            };
        }

        return values;
    }
}
