namespace ClaimCheck.Data;

/// <summary>
/// The element types <see cref="NpyReader"/> reads: what numpy calls float32, float64, int32, int64, bool and uint8,
/// little-endian (the byte order numpy writes on every common machine). Named as <see cref="IdxDataType"/> names them.
/// </summary>
public enum NpyDataType
{
    /// <summary>IEEE 754 single precision (float32), numpy <c>'&lt;f4'</c>.</summary>
    FourByteFloat,

    /// <summary>IEEE 754 double precision (float64), numpy <c>'&lt;f8'</c>.</summary>
    EightByteFloat,

    /// <summary>Signed 32-bit integers (int32), numpy <c>'&lt;i4'</c>.</summary>
    FourByteInteger,

    /// <summary>Signed 64-bit integers (int64), numpy <c>'&lt;i8'</c>.</summary>
    EightByteInteger,

    /// <summary>One byte per element, 0 false and anything else true, numpy <c>'|b1'</c>.</summary>
    Bool,

    /// <summary>Unsigned bytes (uint8), numpy <c>'|u1'</c>.</summary>
    UnsignedByte,
}

/// <summary>Sizes and numpy type strings of <see cref="NpyDataType"/> values.</summary>
public static class NpyDataTypes
{
    /// <summary>Bytes per element of <paramref name="type"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined value.</exception>
    public static int ElementSize(this NpyDataType type) => type switch
    {
        NpyDataType.Bool or NpyDataType.UnsignedByte => 1,
        NpyDataType.FourByteInteger or NpyDataType.FourByteFloat => 4,
        NpyDataType.EightByteInteger or NpyDataType.EightByteFloat => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not an npy element type"),
    };

    /// <summary>The type string numpy writes for <paramref name="type"/> (its <c>descr</c>), e.g. <c>&lt;f4</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined value.</exception>
    public static string Descr(this NpyDataType type) => type switch
    {
        NpyDataType.FourByteFloat => "<f4",
        NpyDataType.EightByteFloat => "<f8",
        NpyDataType.FourByteInteger => "<i4",
        NpyDataType.EightByteInteger => "<i8",
        NpyDataType.Bool => "|b1",
        NpyDataType.UnsignedByte => "|u1",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not an npy element type"),
    };

    /// <summary>Whether the elements are floating-point numbers.</summary>
    public static bool IsFloating(this NpyDataType type) => type is NpyDataType.FourByteFloat or NpyDataType.EightByteFloat;
}
