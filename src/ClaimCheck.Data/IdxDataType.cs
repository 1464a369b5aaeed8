namespace ClaimCheck.Data;

/// <summary>
/// The element type of an IDX file, as coded in the third byte of its magic number (the IDX format of the MNIST
/// family of data sets: two zero bytes, the type code, the number of dimensions).
/// </summary>
public enum IdxDataType : byte
{
    /// <summary>Unsigned 8-bit integers (0x08): pixels and labels of MNIST and Fashion-MNIST.</summary>
    UnsignedByte = 0x08,

    /// <summary>Signed 8-bit integers (0x09).</summary>
    SignedByte = 0x09,

    /// <summary>Big-endian signed 16-bit integers (0x0B).</summary>
    TwoByteInteger = 0x0B,

    /// <summary>Big-endian signed 32-bit integers (0x0C).</summary>
    FourByteInteger = 0x0C,

    /// <summary>Big-endian IEEE 754 single-precision floats (0x0D).</summary>
    FourByteFloat = 0x0D,

    /// <summary>Big-endian IEEE 754 double-precision floats (0x0E).</summary>
    EightByteFloat = 0x0E,
}

/// <summary>Sizes and names of <see cref="IdxDataType"/> values.</summary>
public static class IdxDataTypes
{
    /// <summary>Bytes per element of <paramref name="type"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not an IDX type code.</exception>
    public static int ElementSize(this IdxDataType type) => type switch
    {
        IdxDataType.UnsignedByte or IdxDataType.SignedByte => 1,
        IdxDataType.TwoByteInteger => 2,
        IdxDataType.FourByteInteger or IdxDataType.FourByteFloat => 4,
        IdxDataType.EightByteFloat => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not an IDX type code"),
    };

    /// <summary>Whether <paramref name="code"/> is one of the six IDX type codes.</summary>
    public static bool IsDefined(byte code) => Enum.IsDefined((IdxDataType)code);
}
