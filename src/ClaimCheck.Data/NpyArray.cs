using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Data;

/// <summary>
/// The content of one <c>.npy</c> file: its element type, its shape and its elements in C (row-major) order, kept as
/// the file stores them (little-endian) and decoded on request.
/// </summary>
public sealed class NpyArray
{
    private readonly byte[] _payload;
    private readonly long[] _shape;

    internal NpyArray(string source, NpyDataType dataType, long[] shape, byte[] payload)
    {
        Source = source;
        DataType = dataType;
        _shape = shape;
        Length = payload.Length / dataType.ElementSize();
        _payload = payload;
    }

    /// <summary>The file the array was read from, as named in diagnostics.</summary>
    public string Source { get; }

    /// <summary>The element type.</summary>
    public NpyDataType DataType { get; }

    /// <summary>The size of each dimension, outermost first; empty for a 0-d array (one scalar).</summary>
    public IReadOnlyList<long> Shape => _shape;

    /// <summary>The number of elements (the product of the shape).</summary>
    public int Length { get; }

    /// <summary>The size of the outermost dimension (the number of examples, for data laid out [count, ...]); 1 for a 0-d array.</summary>
    public long Count => _shape.Length == 0 ? 1 : _shape[0];

    /// <summary>Every element as a float (float64 and integers rounded to the nearest float; bool as 0 or 1).</summary>
    public float[] ToSingles()
    {
        if (DataType == NpyDataType.FourByteFloat && BitConverter.IsLittleEndian)
        {
            return MemoryMarshal.Cast<byte, float>(_payload).ToArray();
        }

        double[] values = ToDoubles();
        var singles = new float[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            singles[i] = (float)values[i];
        }

        return singles;
    }

    /// <summary>Every element as a double (int64 beyond 2^53 rounded; bool as 0 or 1).</summary>
    public double[] ToDoubles()
    {
        var values = new double[Length];
        ReadOnlySpan<byte> p = _payload;
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = DataType switch
            {
                NpyDataType.FourByteFloat => BinaryPrimitives.ReadSingleLittleEndian(p[(4 * i)..]),
                NpyDataType.EightByteFloat => BinaryPrimitives.ReadDoubleLittleEndian(p[(8 * i)..]),
                NpyDataType.FourByteInteger => BinaryPrimitives.ReadInt32LittleEndian(p[(4 * i)..]),
                NpyDataType.EightByteInteger => BinaryPrimitives.ReadInt64LittleEndian(p[(8 * i)..]),
                NpyDataType.Bool => p[i] != 0 ? 1 : 0,
                NpyDataType.UnsignedByte => p[i],
                _ => throw new InvalidOperationException($"unknown npy type {DataType}"),
            };
        }

        return values;
    }

    /// <summary>Every element as a long; for integer and bool arrays only.</summary>
    /// <exception cref="ClaimCheckException">CLM5034 when the array holds floats.</exception>
    public long[] ToInt64s()
    {
        if (DataType.IsFloating())
        {
            throw new ClaimCheckException(DiagnosticIds.IdxUnexpectedLayout,
                $"{Source} holds {DataType} values, but integers were expected; save it with arr.astype(np.int64)");
        }

        var values = new long[Length];
        ReadOnlySpan<byte> p = _payload;
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = DataType switch
            {
                NpyDataType.FourByteInteger => BinaryPrimitives.ReadInt32LittleEndian(p[(4 * i)..]),
                NpyDataType.EightByteInteger => BinaryPrimitives.ReadInt64LittleEndian(p[(8 * i)..]),
                NpyDataType.Bool => p[i] != 0 ? 1 : 0,
                _ => p[i],
            };
        }

        return values;
    }

    /// <summary>Every element as a bool: a bool array as it is, an integer array whose values are all 0 or 1 (labels saved as integers).</summary>
    /// <exception cref="ClaimCheckException">CLM5034 when the array holds floats, or an integer other than 0 and 1 (naming the first).</exception>
    public bool[] ToBooleans()
    {
        if (DataType.IsFloating())
        {
            throw new ClaimCheckException(DiagnosticIds.IdxUnexpectedLayout,
                $"{Source} holds {DataType} values, but labels were expected: bool, or integers 0 and 1");
        }

        long[] values = ToInt64s();
        var labels = new bool[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] is not (0 or 1))
            {
                throw new ClaimCheckException(DiagnosticIds.IdxUnexpectedLayout, string.Create(CultureInfo.InvariantCulture,
                    $"{Source}: element {i} is {values[i]}, but labels must be 0 or 1 (or bool)"));
            }

            labels[i] = values[i] == 1;
        }

        return labels;
    }
}
