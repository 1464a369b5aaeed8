using System.IO.Hashing;
using System.Runtime.InteropServices;
using ClaimCheck.Diagnostics;
using Microsoft.Win32.SafeHandles;

namespace ClaimCheck.Capture.Disk;

/// <summary>
/// An activation file read in place, never whole (<see cref="IActivationBlocks"/>): one unit's column is one segment per
/// block, a block of rows is its segments transposed sixteen units at a time. Every segment read is checked against its
/// checksum. Reads are positional, so threads read one file at once (the other units' AUROCs read columns in parallel).
/// </summary>
internal sealed class ActivationFileBlocks : IActivationBlocks
{
    /// <summary>Units read and transposed together: their segments of a block are adjacent in the file.</summary>
    private const int TileUnits = 16;

    private readonly SafeFileHandle _file;
    private readonly ActivationFileHeader _header;
    private readonly string _path;

    // Sixteen units of one block, reused read after read (the null reads every block many times).
    private readonly Statistics.WorkerBuffers<float[]> _tiles;

    private ActivationFileBlocks(SafeFileHandle file, ActivationFileHeader header, string path)
    {
        _file = file;
        _header = header;
        _path = path;
        _tiles = new(() => new float[TileUnits * (long)Math.Min(header.Layout.BlockRows, header.Layout.Rows)]);
    }

    public int Rows => (int)_header.Layout.Rows;

    public int Units => _header.Layout.Units;

    public int BlockRows => _header.Layout.BlockRows;

    /// <summary>Opens <paramref name="path"/> and checks its header and key (throws <see cref="ActivationFileDamagedException"/>).</summary>
    public static ActivationFileBlocks Open(string path, string key)
    {
        ActivationFileHeader header;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, bufferSize: 1 << 16))
        {
            header = ActivationFileHeader.Read(stream);
        }

        if (header.Key != key)
        {
            throw new ActivationFileDamagedException("its header holds another key (the file was renamed, or two keys share a hash)");
        }

        if (header.Layout.Rows > int.MaxValue)
        {
            throw new ActivationFileDamagedException($"it holds {header.Layout.Rows} rows, more than a split can");
        }

        // The handle stays open while the matrix lives; a `claimcheck cache clear` meanwhile unlinks the name, not the data.
        return new ActivationFileBlocks(File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete), header, path);
    }

    public void ReadColumn(int unit, Span<float> destination)
    {
        ActivationFileLayout layout = _header.Layout;
        for (long block = 0; block < layout.Blocks; block++)
        {
            Span<float> segment = destination.Slice((int)layout.FirstRow(block), layout.RowsIn(block));
            Read(MemoryMarshal.AsBytes(segment), layout.SegmentOffset(block, unit));
            Verify(MemoryMarshal.AsBytes(segment), block, unit);
        }
    }

    public void ReadRows(int firstRow, int count, Span<float> destination)
    {
        float[] tile = _tiles.Take();
        try
        {
            ReadRows(firstRow, count, destination, tile);
        }
        finally
        {
            _tiles.Return(tile);
        }
    }

    private void ReadRows(int firstRow, int count, Span<float> destination, float[] tile)
    {
        ActivationFileLayout layout = _header.Layout;
        int units = layout.Units;
        for (long block = firstRow / layout.BlockRows; block < layout.Blocks && layout.FirstRow(block) < firstRow + count; block++)
        {
            int blockFirst = (int)layout.FirstRow(block);
            int height = layout.RowsIn(block);
            int from = Math.Max(firstRow, blockFirst), to = Math.Min(firstRow + count, blockFirst + height);
            for (int unit = 0; unit < units; unit += TileUnits)
            {
                int width = Math.Min(TileUnits, units - unit);
                Span<byte> bytes = MemoryMarshal.AsBytes(tile.AsSpan(0, width * height));
                Read(bytes, layout.SegmentOffset(block, unit));
                for (int u = 0; u < width; u++)
                {
                    Verify(MemoryMarshal.AsBytes(tile.AsSpan(u * height, height)), block, unit + u);
                }

                for (int r = from; r < to; r++)
                {
                    Span<float> row = destination.Slice(((r - firstRow) * units) + unit, width);
                    for (int u = 0; u < width; u++)
                    {
                        row[u] = tile[(u * height) + (r - blockFirst)];
                    }
                }
            }
        }
    }

    private void Read(Span<byte> bytes, long offset)
    {
        while (!bytes.IsEmpty)
        {
            int read = RandomAccess.Read(_file, bytes, offset);
            if (read == 0)
            {
                throw Damaged("the file ended before its data did");
            }

            bytes = bytes[read..];
            offset += read;
        }
    }

    private void Verify(ReadOnlySpan<byte> bytes, long block, int unit)
    {
        if (XxHash3.HashToUInt64(bytes) != _header.Checksum(block, unit))
        {
            throw Damaged($"the values of unit {unit} in block {block} do not match their checksum");
        }
    }

    // Found while claims read the entry: the values already used cannot be taken back, so the claim stops with the
    // entry's ID instead of scoring damaged values, and the entry goes so that the next run captures again.
    private ClaimCheckException Damaged(string why)
    {
        try
        {
            File.Delete(_path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next run's load, which checks what it can and captures again.
        }

        return new(DiagnosticIds.ActivationCacheEntryDamaged, $"the activation cache entry {_path} was damaged while it was read: {why}; it is deleted, rerun to capture the activations again");
    }
}
