using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace ClaimCheck.Capture.Disk;

/// <summary>
/// The header of an activation file (<see cref="ActivationFileLayout"/> says where each field lies): what was captured
/// (the key), its shape, and a checksum per segment, itself covered by a checksum.
/// </summary>
internal sealed class ActivationFileHeader
{
    private readonly ulong[] _checksums;

    public ActivationFileHeader(string key, ActivationFileLayout layout, ulong[] checksums)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(checksums);
        if (checksums.LongLength != layout.Segments)
        {
            throw new ArgumentException($"{checksums.LongLength} checksums for {layout.Segments} segments", nameof(checksums));
        }

        Key = key;
        Layout = layout;
        _checksums = checksums;
    }

    /// <summary>What the values are the activations of (see <see cref="ActivationKey"/>).</summary>
    public string Key { get; }

    public ActivationFileLayout Layout { get; }

    /// <summary>The recorded checksum of segment (block, unit).</summary>
    public ulong Checksum(long block, int unit) => _checksums[Layout.SegmentIndex(block, unit)];

    /// <summary>The header bytes, padded with zeros up to the data offset.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[Layout.DataOffset];
        Span<byte> span = bytes;
        ActivationFileLayout.Magic.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[8..], ActivationFileLayout.FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(span[12..], Layout.BlockRows);
        BinaryPrimitives.WriteInt64LittleEndian(span[16..], Layout.Rows);
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], Layout.Units);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], Layout.KeyBytes);
        BinaryPrimitives.WriteInt64LittleEndian(span[32..], Layout.DataOffset);
        Encoding.UTF8.GetBytes(Key, span.Slice(ActivationFileLayout.FixedHeaderBytes, Layout.KeyBytes));
        for (long i = 0; i < _checksums.LongLength; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(span[(int)(Layout.ChecksumsOffset + (i * sizeof(ulong)))..], _checksums[i]);
        }

        int covered = (int)Layout.HeaderChecksumOffset;
        BinaryPrimitives.WriteUInt64LittleEndian(span[covered..], XxHash3.HashToUInt64(span[..covered]));
        return bytes;
    }

    /// <summary>
    /// Reads and checks the header at the start of <paramref name="stream"/>: the magic, the format version, a shape the
    /// layout accepts, the header checksum, and a file length that is exactly what the header promises (a truncated or
    /// overlong file is damaged).
    /// </summary>
    public static ActivationFileHeader Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        long length = stream.Length;
        Span<byte> head = stackalloc byte[ActivationFileLayout.FixedHeaderBytes];
        stream.Position = 0;
        if (length < ActivationFileLayout.FixedHeaderBytes || stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) < head.Length)
        {
            throw new ActivationFileDamagedException($"the file is {length} bytes long, shorter than a header");
        }

        if (!head[..8].SequenceEqual(ActivationFileLayout.Magic))
        {
            throw new ActivationFileDamagedException("the file does not start with the activation file magic");
        }

        int version = BinaryPrimitives.ReadInt32LittleEndian(head[8..]);
        if (version != ActivationFileLayout.FormatVersion)
        {
            throw new ActivationFileDamagedException($"the file has format version {version}; this ClaimCheck reads version {ActivationFileLayout.FormatVersion}");
        }

        int blockRows = BinaryPrimitives.ReadInt32LittleEndian(head[12..]);
        long rows = BinaryPrimitives.ReadInt64LittleEndian(head[16..]);
        int units = BinaryPrimitives.ReadInt32LittleEndian(head[24..]);
        int keyBytes = BinaryPrimitives.ReadInt32LittleEndian(head[28..]);
        long dataOffset = BinaryPrimitives.ReadInt64LittleEndian(head[32..]);
        ActivationFileLayout layout;
        try
        {
            layout = new ActivationFileLayout(rows, units, blockRows, keyBytes);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new ActivationFileDamagedException($"the header's shape is impossible: {e.Message}", e);
        }

        if (dataOffset != layout.DataOffset)
        {
            throw new ActivationFileDamagedException($"the header says the data starts at byte {dataOffset}, its shape says {layout.DataOffset}");
        }

        if (length != layout.FileBytes)
        {
            throw new ActivationFileDamagedException($"the file is {length} bytes long; its header promises {layout.FileBytes} (truncated or overwritten)");
        }

        var header = new byte[layout.HeaderBytes];
        stream.Position = 0;
        stream.ReadExactly(header);
        int covered = (int)layout.HeaderChecksumOffset;
        if (XxHash3.HashToUInt64(header.AsSpan(0, covered)) != BinaryPrimitives.ReadUInt64LittleEndian(header.AsSpan(covered)))
        {
            throw new ActivationFileDamagedException("the header does not match its checksum");
        }

        string key;
        try
        {
            key = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(header, ActivationFileLayout.FixedHeaderBytes, keyBytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new ActivationFileDamagedException("the header's key is not UTF-8", e);
        }

        var checksums = new ulong[layout.Segments];
        for (long i = 0; i < checksums.LongLength; i++)
        {
            checksums[i] = BinaryPrimitives.ReadUInt64LittleEndian(header.AsSpan((int)(layout.ChecksumsOffset + (i * sizeof(ulong)))));
        }

        return new ActivationFileHeader(key, layout, checksums);
    }
}
