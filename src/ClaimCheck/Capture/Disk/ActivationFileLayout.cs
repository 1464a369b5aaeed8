namespace ClaimCheck.Capture.Disk;

/// <summary>
/// Where everything lies in an activation file (format 1), all offsets in bytes and 64-bit, little-endian throughout:
/// <code>
///  0  8  magic "CLMACTS\n"
///  8  4  format version
/// 12  4  rows per block (the last block may hold fewer)
/// 16  8  rows
/// 24  4  units
/// 28  4  key length k (UTF-8 bytes)
/// 32  8  data offset
/// 40  k  key (the text that says what was captured, see ActivationKey)
///  .  8  one XxHash3 checksum per (block, unit) segment, block-major: segment (b, u) at index b·units + u
///  .  8  XxHash3 of every header byte before it
///  .     zero padding to the data offset, a multiple of 4,096
/// </code>
/// then the float32 values, block after block. Inside a block the values are column-major: unit u's rows of that block
/// lie side by side (a "segment"), so one unit's column reads as one contiguous run per block, and one block (what a
/// projection needs at a time) is one contiguous run of the file.
/// </summary>
internal sealed class ActivationFileLayout
{
    /// <summary>The first eight bytes of every activation file.</summary>
    public static ReadOnlySpan<byte> Magic => "CLMACTS\n"u8;

    /// <summary>The format this code writes and reads; any change to the layout or the key's meaning raises it.</summary>
    public const int FormatVersion = 1;

    /// <summary>Rows per block when nothing else is asked for: 65,536 rows of one unit are 256 KiB.</summary>
    public const int DefaultBlockRows = 65_536;

    /// <summary>The most values a block holds when a writer chooses its rows per block: 16 Mi (64 MiB), the buffer it fills before writing.</summary>
    public const int MaxBlockValues = 1 << 24;

    /// <summary>The fixed part of the header, before the key.</summary>
    public const int FixedHeaderBytes = 40;

    /// <summary>The data starts at a multiple of this (a page: a later reader can map blocks straight into memory).</summary>
    public const int DataAlignment = 4096;

    /// <summary>The longest key a reader accepts: a damaged length must not make it allocate gigabytes.</summary>
    public const int MaxKeyBytes = 64 * 1024;

    /// <summary>
    /// The most segments (checksums) a file may have, 128 MiB of checksums: 2,000,000 rows of 65,536 units at the default
    /// block size fit; a damaged shape must not make a reader allocate more.
    /// </summary>
    public const long MaxSegments = 1L << 24;

    public ActivationFileLayout(long rows, int units, int blockRows, int keyBytes)
    {
        if (rows <= 0 || units <= 0 || blockRows <= 0 || keyBytes < 0 || keyBytes > MaxKeyBytes)
        {
            throw new ArgumentOutOfRangeException(nameof(rows), $"no activation file holds {rows} rows of {units} units in blocks of {blockRows} with a key of {keyBytes} bytes");
        }

        Rows = rows;
        Units = units;
        BlockRows = blockRows;
        KeyBytes = keyBytes;
        Blocks = (rows + blockRows - 1) / blockRows;
        Segments = Blocks * units;
        if (Segments > MaxSegments)
        {
            throw new ArgumentOutOfRangeException(nameof(rows), $"{rows} rows of {units} units in blocks of {blockRows} make {Segments} segments, more than {MaxSegments}");
        }

        ChecksumsOffset = FixedHeaderBytes + keyBytes;
        HeaderChecksumOffset = ChecksumsOffset + (Segments * sizeof(ulong));
        HeaderBytes = HeaderChecksumOffset + sizeof(ulong);
        DataOffset = (HeaderBytes + DataAlignment - 1) / DataAlignment * DataAlignment;
        FileBytes = DataOffset + (rows * units * sizeof(float));
    }

    public long Rows { get; }

    /// <summary>
    /// Rows per block for a layer of <paramref name="units"/> units: <paramref name="mostRows"/>, fewer for a layer so wide
    /// that a block would exceed <see cref="MaxBlockValues"/>, so a wide layer's writer stays small in memory.
    /// </summary>
    public static int BlockRowsFor(int units, int mostRows) => Math.Max(1, Math.Min(mostRows, MaxBlockValues / Math.Max(1, units)));

    public int Units { get; }

    public int BlockRows { get; }

    public int KeyBytes { get; }

    /// <summary>Number of row blocks.</summary>
    public long Blocks { get; }

    /// <summary>Number of (block, unit) segments, each with its own checksum.</summary>
    public long Segments { get; }

    /// <summary>Where the checksum table starts.</summary>
    public long ChecksumsOffset { get; }

    /// <summary>Where the header's own checksum lies.</summary>
    public long HeaderChecksumOffset { get; }

    /// <summary>The header's length up to and with its checksum (before padding).</summary>
    public long HeaderBytes { get; }

    /// <summary>Where block 0 starts.</summary>
    public long DataOffset { get; }

    /// <summary>The exact length of a complete file.</summary>
    public long FileBytes { get; }

    /// <summary>The first row of block <paramref name="block"/>.</summary>
    public long FirstRow(long block) => block * BlockRows;

    /// <summary>How many rows block <paramref name="block"/> holds (all but the last hold <see cref="BlockRows"/>).</summary>
    public int RowsIn(long block) => (int)Math.Min(BlockRows, Rows - FirstRow(block));

    /// <summary>Where unit <paramref name="unit"/>'s rows of block <paramref name="block"/> start.</summary>
    public long SegmentOffset(long block, int unit) =>
        DataOffset + (FirstRow(block) * Units * sizeof(float)) + ((long)unit * RowsIn(block) * sizeof(float));

    /// <summary>The index of segment (block, unit) in the checksum table.</summary>
    public long SegmentIndex(long block, int unit) => (block * Units) + unit;
}
