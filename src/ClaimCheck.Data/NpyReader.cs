using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Data;

/// <summary>
/// Reads <c>.npy</c> files, numpy's format for one array (<c>np.save</c>): float32, float64, int32, int64, bool and
/// uint8 elements, little-endian, in C order, format versions 1 to 3. Everything else is refused with a diagnostic
/// before the data is read: Fortran order, big-endian, object and structured arrays and other types (CLM5035), and
/// files that are not npy, truncated or damaged (CLM5036). Nothing is ever unpickled.
/// </summary>
/// <example>
/// <code>
/// NpyArray inputs = NpyReader.Read("data/inputs.npy");   // np.save("data/inputs.npy", x.numpy())
/// float[] values = inputs.ToSingles();                     // row-major, inputs.Shape == [count, ...]
/// </code>
/// </example>
public static class NpyReader
{
    /// <summary>The largest header accepted (1 MiB): numpy writes a few hundred bytes; a larger one is a damaged length.</summary>
    public const int MaxHeaderBytes = 1 << 20;

    private static readonly byte[] Magic = [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    /// <summary>Reads the npy file at <paramref name="path"/>.</summary>
    /// <exception cref="ClaimCheckException">CLM5030 when the file does not exist; CLM5035 and CLM5036 as above.</exception>
    public static NpyArray Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        DataFiles.RequireFile(path, "npy file");
        using FileStream file = File.OpenRead(path);
        return Read(file, path);
    }

    /// <summary>Reads an npy file from <paramref name="stream"/>, naming it <paramref name="source"/> in diagnostics.</summary>
    /// <exception cref="ClaimCheckException">CLM5035 for what this reader does not read, CLM5036 for a file that is not npy or is damaged.</exception>
    public static NpyArray Read(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        // No buffering: the header and the data are each read in one call, and the caller's stream is left open.
        NpyHeader header = ReadHeader(stream, source);
        NpyDataType type = DataTypeOf(header.Descr, source);
        string described = $"{type.Descr()} {Shape(header.Shape)}";
        if (header.FortranOrder && header.Shape.Count(d => d > 1) > 1)
        {
            throw Unsupported(source, $"it is stored in Fortran (column-major) order ({described}); ClaimCheck reads C order: save np.ascontiguousarray(arr)");
        }

        long bytes = type.ElementSize();
        foreach (long dimension in header.Shape)
        {
            if (dimension > 0 && bytes > Array.MaxLength / dimension)
            {
                throw Corrupt(source, $"its header declares {described}, more than one array can hold; the header is damaged");
            }

            bytes *= dimension;
        }

        var payload = new byte[bytes];
        int got = ReadUpTo(stream, payload);
        if (got < payload.Length)
        {
            throw Corrupt(source, string.Create(CultureInfo.InvariantCulture,
                $"it is truncated: its header declares {described} ({payload.Length} bytes of data), but only {got} follow"));
        }

        Span<byte> extra = stackalloc byte[1];
        if (ReadUpTo(stream, extra) > 0)
        {
            throw Corrupt(source, string.Create(CultureInfo.InvariantCulture,
                $"it has bytes after the {payload.Length} bytes of data its header {described} declares: a damaged header, or two files joined"));
        }

        return new NpyArray(source, type, header.Shape, payload);
    }

    private static NpyHeader ReadHeader(Stream stream, string source)
    {
        Span<byte> start = stackalloc byte[8];
        int got = ReadUpTo(stream, start);
        if (got >= 2 && start[0] == (byte)'P' && start[1] == (byte)'K')
        {
            throw Corrupt(source, "it is a zip archive (an .npz of several arrays?), not an .npy file: load it with np.load and save each array with np.save");
        }

        if (got < Magic.Length || !start[..Magic.Length].SequenceEqual(Magic))
        {
            throw Corrupt(source, $"it is not an npy file: it does not start with the magic \\x93NUMPY (it starts with 0x{Convert.ToHexString(start[..Math.Min(got, Magic.Length)])})");
        }

        if (got < 8)
        {
            throw Corrupt(source, $"it is truncated: {got} bytes, fewer than the magic and version");
        }

        byte major = start[6];
        if (major is < 1 or > 3)
        {
            throw Corrupt(source, $"it has the npy format version {major}.{start[7]}; ClaimCheck reads versions 1, 2 and 3");
        }

        // Version 1 has a 2-byte header length, versions 2 and 3 a 4-byte one.
        Span<byte> lengthField = stackalloc byte[major == 1 ? 2 : 4];
        if (ReadUpTo(stream, lengthField) < lengthField.Length)
        {
            throw Corrupt(source, "it is truncated inside the header length");
        }

        uint headerLength = major == 1 ? BinaryPrimitives.ReadUInt16LittleEndian(lengthField) : BinaryPrimitives.ReadUInt32LittleEndian(lengthField);
        if (headerLength > MaxHeaderBytes)
        {
            throw Corrupt(source, $"its header length is {headerLength} bytes, more than the {MaxHeaderBytes} a header may have; the file is damaged");
        }

        var text = new byte[headerLength];
        int read = ReadUpTo(stream, text);
        if (read < text.Length)
        {
            throw Corrupt(source, $"it is truncated inside its header: {headerLength} bytes declared, {read} present");
        }

        // Versions 1 and 2 write the header in Latin-1 (ASCII in practice), version 3 in UTF-8.
        Encoding encoding = major == 3 ? new UTF8Encoding(false, throwOnInvalidBytes: true) : Encoding.Latin1;
        string decoded;
        try
        {
            decoded = encoding.GetString(text);
        }
        catch (DecoderFallbackException)
        {
            throw Corrupt(source, "its version 3 header is not valid UTF-8");
        }

        return NpyHeader.Parse(decoded, source);
    }

    /// <summary>The element type a header's <c>descr</c> names, or CLM5035 saying why it is not read.</summary>
    private static NpyDataType DataTypeOf(object descr, string source)
    {
        const string supported = "float32, float64, int32, int64, bool and uint8, little-endian";
        if (descr is not string text)
        {
            throw Unsupported(source, $"it holds a structured array (record fields); ClaimCheck reads arrays of one type ({supported}): save each field as its own array");
        }

        if (text.Length < 2)
        {
            throw Corrupt(source, $"its header's 'descr' '{text}' is not a numpy type string");
        }

        char order = text[0];
        string kind = order is '<' or '>' or '|' or '=' ? text[1..] : text;
        if (kind.StartsWith('O'))
        {
            throw Unsupported(source, "it holds Python objects (dtype object), which only unpickling could read, and ClaimCheck never unpickles: save a numeric array instead");
        }

        NpyDataType? type = kind switch
        {
            "f4" => NpyDataType.FourByteFloat,
            "f8" => NpyDataType.EightByteFloat,
            "i4" => NpyDataType.FourByteInteger,
            "i8" => NpyDataType.EightByteInteger,
            "b1" => NpyDataType.Bool,
            "u1" => NpyDataType.UnsignedByte,
            _ => null,
        };
        if (type is not { } known)
        {
            throw Unsupported(source, $"it holds elements of type '{text}'; ClaimCheck reads {supported}: convert it, e.g. arr.astype(np.float32)");
        }

        bool singleByte = known.ElementSize() == 1;
        if (order == '>' && !singleByte)
        {
            throw Unsupported(source, $"it is stored big-endian ('{text}'); ClaimCheck reads little-endian: save arr.astype('{known.Descr()}')");
        }

        if (order is not ('<' or '|') && !singleByte)
        {
            throw Unsupported(source, $"its type '{text}' does not say its byte order; numpy writes '{known.Descr()}' for little-endian data");
        }

        return known;
    }

    private static int ReadUpTo(Stream stream, Span<byte> buffer) =>
        buffer.IsEmpty ? 0 : stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);

    private static string Shape(IEnumerable<long> shape) =>
        "[" + string.Join(", ", shape.Select(d => d.ToString(CultureInfo.InvariantCulture))) + "]";

    private static ClaimCheckException Unsupported(string source, string what) =>
        new(DiagnosticIds.NpyUnsupported, $"{source} cannot be read: {what}");

    private static ClaimCheckException Corrupt(string source, string what) =>
        new(DiagnosticIds.NpyFileCorrupt, $"{source} is not a readable npy file: {what}");
}
