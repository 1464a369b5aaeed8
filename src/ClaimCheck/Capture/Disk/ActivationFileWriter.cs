using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace ClaimCheck.Capture.Disk;

/// <summary>
/// Writes row-major activations as an activation file (<see cref="ActivationFileLayout"/>): the data block by block,
/// each block column-major, a checksum per segment, then the header with the checksums, then a flush to the disk. The
/// caller writes to a temporary name and publishes it by renaming: a file under its final name is always complete.
/// </summary>
internal static class ActivationFileWriter
{
    /// <summary>Units transposed together: one row's values for them share a cache line of the row-major source.</summary>
    private const int TileUnits = 16;

    /// <summary>
    /// Writes <paramref name="values"/> (<paramref name="rows"/> × <paramref name="units"/>, row-major) to a new file at
    /// <paramref name="path"/> (never over an existing one). <paramref name="afterBlock"/>, when given, runs after each
    /// block is written (a test hook: it can stall or fail the write halfway).
    /// </summary>
    public static void Write(string path, string key, float[] values, int rows, int units, int blockRows, Action<long>? afterBlock = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        if ((long)rows * units != values.LongLength)
        {
            throw new ArgumentException($"{values.LongLength} values do not make {rows} rows of {units} units", nameof(values));
        }

        var layout = new ActivationFileLayout(rows, units, blockRows, System.Text.Encoding.UTF8.GetByteCount(key));
        var checksums = new ulong[layout.Segments];
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        // The header goes in last, with the checksums; until then its place holds zeros, which no reader accepts.
        stream.SetLength(layout.FileBytes);
        stream.Position = layout.DataOffset;
        var tile = new float[TileUnits * (long)Math.Min(blockRows, rows)];
        for (long block = 0; block < layout.Blocks; block++)
        {
            int first = (int)layout.FirstRow(block);
            int height = layout.RowsIn(block);
            for (int unit = 0; unit < units; unit += TileUnits)
            {
                int width = Math.Min(TileUnits, units - unit);
                Transpose(values, units, first, height, unit, width, tile);
                for (int u = 0; u < width; u++)
                {
                    ReadOnlySpan<byte> segment = MemoryMarshal.AsBytes(tile.AsSpan(u * height, height));
                    checksums[layout.SegmentIndex(block, unit + u)] = XxHash3.HashToUInt64(segment);
                }

                stream.Write(MemoryMarshal.AsBytes(tile.AsSpan(0, width * height)));
            }

            afterBlock?.Invoke(block);
        }

        stream.Position = 0;
        stream.Write(new ActivationFileHeader(key, layout, checksums).ToBytes());
        // On the disk before the rename publishes it: a crash after the rename must not leave a renamed, empty file.
        stream.Flush(flushToDisk: true);
    }

    /// <summary>
    /// Copies units [<paramref name="unit"/>, + <paramref name="width"/>) of rows [<paramref name="first"/>, +
    /// <paramref name="height"/>) into <paramref name="tile"/>, column after column.
    /// </summary>
    private static void Transpose(float[] values, int units, int first, int height, int unit, int width, float[] tile)
    {
        for (int r = 0; r < height; r++)
        {
            ReadOnlySpan<float> row = values.AsSpan((int)(((long)(first + r) * units) + unit), width);
            for (int u = 0; u < width; u++)
            {
                tile[(u * height) + r] = row[u];
            }
        }
    }
}
