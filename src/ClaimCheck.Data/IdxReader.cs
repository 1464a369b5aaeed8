using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Data;

/// <summary>
/// Reads IDX files (the format of MNIST, Fashion-MNIST and their kin), raw or gzip-compressed (recognised by the gzip
/// magic bytes, not by the file name). The header is checked before the payload is read: two zero bytes, a known type
/// code, at least one dimension, and a payload of exactly the declared size, with nothing after it.
/// </summary>
/// <example>
/// <code>
/// IdxArray labels = IdxReader.Read("/usr/share/datasets/fashion-mnist/t10k-labels-idx1-ubyte.gz");
/// // labels.DataType == IdxDataType.UnsignedByte, labels.Dimensions == [10000]
/// </code>
/// </example>
public static class IdxReader
{
    /// <summary>
    /// The largest number of dimensions accepted. The format allows 255, but no real data set has more than a few,
    /// so a larger count means a damaged header; refusing it early keeps the error about the header, not about
    /// some implausible payload size.
    /// </summary>
    public const int MaxDimensions = 16;

    /// <summary>Reads the IDX file at <paramref name="path"/>.</summary>
    /// <exception cref="ClaimCheckException">
    /// CLM5030 when the file does not exist; CLM5032 when it is not an IDX file (wrong magic, unknown type code, no
    /// dimensions); CLM5031 when it is truncated, has trailing bytes or is damaged gzip.
    /// </exception>
    public static IdxArray Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
            string where = folder is not null && !Directory.Exists(folder) ? $" (the folder {folder} does not exist either)" : string.Empty;
            throw new ClaimCheckException(DiagnosticIds.IdxFileMissing, $"no IDX file at {path}{where}");
        }

        using FileStream file = File.OpenRead(path);
        return Read(file, path);
    }

    /// <summary>Reads an IDX file from <paramref name="stream"/> (raw or gzip), naming it <paramref name="source"/> in diagnostics.</summary>
    /// <exception cref="ClaimCheckException">CLM5032 for a wrong header, CLM5031 for a truncated or damaged file.</exception>
    public static IdxArray Read(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        using var buffered = new BufferedStream(stream, 1 << 16);
        Span<byte> first = stackalloc byte[2];
        int got = ReadUpTo(buffered, first, source);
        bool gzip = got == 2 && first[0] == 0x1F && first[1] == 0x8B;
        Stream rewound = new PrefixedStream(first[..got].ToArray(), buffered);
        if (!gzip)
        {
            return ReadIdx(rewound, source, compressed: false);
        }

        using var inflated = new GZipStream(rewound, CompressionMode.Decompress);
        return ReadIdx(inflated, source, compressed: true);
    }

    private static IdxArray ReadIdx(Stream stream, string source, bool compressed)
    {
        string what = compressed ? $"{source} (after gzip decompression)" : source;
        Span<byte> magic = stackalloc byte[4];
        int got = ReadUpTo(stream, magic, source);
        if (got < 4)
        {
            throw new ClaimCheckException(DiagnosticIds.IdxFileCorrupt,
                $"{what} is truncated: {got} bytes, fewer than the 4-byte IDX magic number");
        }

        if (magic[0] != 0 || magic[1] != 0)
        {
            throw new ClaimCheckException(DiagnosticIds.IdxWrongMagic,
                $"{what} is not an IDX file: its magic number {Hex(magic)} does not start with two zero bytes");
        }

        if (!IdxDataTypes.IsDefined(magic[2]))
        {
            throw new ClaimCheckException(DiagnosticIds.IdxWrongMagic,
                $"{what} has the unknown IDX type code 0x{magic[2]:X2} (magic {Hex(magic)}); known codes: 0x08, 0x09, 0x0B, 0x0C, 0x0D, 0x0E");
        }

        int rank = magic[3];
        if (rank is 0 or > MaxDimensions)
        {
            throw new ClaimCheckException(DiagnosticIds.IdxWrongMagic,
                $"{what} declares {rank} dimensions (magic {Hex(magic)}); an IDX file has 1 to {MaxDimensions}");
        }

        var type = (IdxDataType)magic[2];
        Span<byte> header = stackalloc byte[4 * rank];
        got = ReadUpTo(stream, header, source);
        if (got < header.Length)
        {
            throw new ClaimCheckException(DiagnosticIds.IdxFileCorrupt,
                $"{what} is truncated inside its header: {rank} dimensions need {header.Length} bytes after the magic number, found {got}");
        }

        var dimensions = new int[rank];
        long bytes = type.ElementSize();
        for (int d = 0; d < rank; d++)
        {
            dimensions[d] = BinaryPrimitives.ReadInt32BigEndian(header[(4 * d)..]);
            if (dimensions[d] < 0)
            {
                throw new ClaimCheckException(DiagnosticIds.IdxFileCorrupt,
                    $"{what} declares a negative size {dimensions[d]} for dimension {d}");
            }

            bytes *= dimensions[d];
            if (bytes > Array.MaxLength)
            {
                throw new ClaimCheckException(DiagnosticIds.IdxFileCorrupt,
                    $"{what} declares [{Dims(dimensions[..(d + 1)])}...] of {type}, more than one array can hold; the header is damaged");
            }
        }

        var payload = new byte[bytes];
        got = ReadUpTo(stream, payload, source);
        if (got < payload.Length)
        {
            throw new ClaimCheckException(DiagnosticIds.IdxFileCorrupt, string.Create(CultureInfo.InvariantCulture,
                $"{what} is truncated: its header declares [{Dims(dimensions)}] of {type} ({payload.Length} bytes of data), but only {got} follow"));
        }

        Span<byte> extra = stackalloc byte[1];
        if (ReadUpTo(stream, extra, source) > 0)
        {
            throw new ClaimCheckException(DiagnosticIds.IdxFileCorrupt, string.Create(CultureInfo.InvariantCulture,
                $"{what} has bytes after the {payload.Length} bytes of data its header [{Dims(dimensions)}] of {type} declares: a damaged header or two files joined"));
        }

        return new IdxArray(type, dimensions, payload);
    }

    /// <summary>Fills <paramref name="buffer"/> as far as the stream allows; damaged gzip becomes CLM5031.</summary>
    private static int ReadUpTo(Stream stream, Span<byte> buffer, string source)
    {
        try
        {
            return stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }
        catch (InvalidDataException e)
        {
            throw new ClaimCheckException(DiagnosticIds.IdxFileCorrupt, $"{source} is damaged gzip: {e.Message}", e);
        }
    }

    private static string Hex(ReadOnlySpan<byte> bytes) => "0x" + Convert.ToHexString(bytes);

    private static string Dims(IEnumerable<int> dimensions) => string.Join(", ", dimensions.Select(d => d.ToString(CultureInfo.InvariantCulture)));

    /// <summary>A stream that first returns bytes already read (the sniffed gzip magic), then the rest of the inner stream.</summary>
    private sealed class PrefixedStream(byte[] prefix, Stream inner) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_position < prefix.Length)
            {
                int n = Math.Min(buffer.Length, prefix.Length - _position);
                prefix.AsSpan(_position, n).CopyTo(buffer);
                _position += n;
                return n;
            }

            return inner.Read(buffer);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
