using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace ClaimCheck.Capture.Disk;

/// <summary>
/// Reads an activation file whose header has been checked (<see cref="ActivationFileHeader.Read"/>), verifying every
/// segment it reads against its checksum: a whole matrix into memory, or one unit's rows of one block (what an
/// out-of-core reader walks block by block).
/// </summary>
internal sealed class ActivationFileReader : IDisposable
{
    /// <summary>Units read together: their segments of a block are adjacent in the file.</summary>
    private const int TileUnits = 16;

    private readonly FileStream _stream;

    private ActivationFileReader(FileStream stream, ActivationFileHeader header)
    {
        _stream = stream;
        Header = header;
    }

    public ActivationFileHeader Header { get; }

    /// <summary>
    /// Opens <paramref name="path"/> for reading and checks its header. Others may read it at the same time, and delete
    /// it (a damaged entry is deleted by whichever reader finds it first).
    /// </summary>
    public static ActivationFileReader Open(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, bufferSize: 1 << 16);
        try
        {
            return new ActivationFileReader(stream, ActivationFileHeader.Read(stream));
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads unit <paramref name="unit"/>'s rows of block <paramref name="block"/> into <paramref name="destination"/>
    /// (exactly that many values) and checks them against their checksum.
    /// </summary>
    public void ReadSegment(long block, int unit, Span<float> destination)
    {
        ActivationFileLayout layout = Header.Layout;
        if (block < 0 || block >= layout.Blocks || unit < 0 || unit >= layout.Units || destination.Length != layout.RowsIn(block))
        {
            throw new ArgumentOutOfRangeException(nameof(block), $"segment ({block}, {unit}) of {destination.Length} values is not in a file of {layout.Blocks} blocks of {layout.Units} units");
        }

        _stream.Position = layout.SegmentOffset(block, unit);
        Span<byte> bytes = MemoryMarshal.AsBytes(destination);
        ReadExactly(bytes);
        Verify(bytes, block, unit);
    }

    /// <summary>
    /// The whole matrix, row-major (example by example), as a capture returns it, every segment verified. The caller
    /// checks first that <c>rows × units</c> fits in one array.
    /// </summary>
    public float[] ReadRowMajor()
    {
        ActivationFileLayout layout = Header.Layout;
        int units = layout.Units;
        var values = new float[layout.Rows * units];
        var tile = new float[TileUnits * (long)Math.Min(layout.BlockRows, layout.Rows)];
        for (long block = 0; block < layout.Blocks; block++)
        {
            int first = (int)layout.FirstRow(block);
            int height = layout.RowsIn(block);
            _stream.Position = layout.SegmentOffset(block, 0);
            for (int unit = 0; unit < units; unit += TileUnits)
            {
                int width = Math.Min(TileUnits, units - unit);
                Span<byte> bytes = MemoryMarshal.AsBytes(tile.AsSpan(0, width * height));
                ReadExactly(bytes);
                for (int u = 0; u < width; u++)
                {
                    Verify(MemoryMarshal.AsBytes(tile.AsSpan(u * height, height)), block, unit + u);
                }

                for (int r = 0; r < height; r++)
                {
                    Span<float> row = values.AsSpan((int)(((long)(first + r) * units) + unit), width);
                    for (int u = 0; u < width; u++)
                    {
                        row[u] = tile[(u * height) + r];
                    }
                }
            }
        }

        return values;
    }

    public void Dispose() => _stream.Dispose();

    private void ReadExactly(Span<byte> bytes)
    {
        try
        {
            _stream.ReadExactly(bytes);
        }
        catch (EndOfStreamException e)
        {
            // The header checked the length, so only a file cut short since then gets here.
            throw new ActivationFileDamagedException("the file ended before its data did", e);
        }
    }

    private void Verify(ReadOnlySpan<byte> bytes, long block, int unit)
    {
        if (XxHash3.HashToUInt64(bytes) != Header.Checksum(block, unit))
        {
            throw new ActivationFileDamagedException($"the values of unit {unit} in block {block} do not match their checksum");
        }
    }
}
