using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace ClaimCheck.Capture.Disk;

/// <summary>
/// Writes activations as an activation file (<see cref="ActivationFileLayout"/>): rows arrive in order (a whole matrix,
/// or batch after batch from a capture that never holds the split whole), each block is written column-major once its
/// rows are in, with a checksum per segment; <see cref="Complete"/> then writes the header with the checksums and flushes
/// to the disk. The caller writes to a temporary name and publishes it by renaming: a file under its final name is always
/// complete.
/// </summary>
internal sealed class ActivationFileWriter : IDisposable
{
    /// <summary>Units transposed together: one row's values for them share a cache line of the row-major source.</summary>
    private const int TileUnits = 16;

    private readonly FileStream _stream;
    private readonly ActivationFileLayout _layout;
    private readonly string _key;
    private readonly ulong[] _checksums;
    private readonly float[] _block;
    private readonly float[] _tile;
    private readonly Action<long>? _afterBlock;
    private long _rowsIn;
    private int _rowsInBlock;
    private long _blocksWritten;

    /// <summary>
    /// Starts a new file at <paramref name="path"/> (never over an existing one) for <paramref name="rows"/> rows of
    /// <paramref name="units"/> units. <paramref name="afterBlock"/>, when given, runs after each block is written (a test
    /// hook: it can stall or fail the write halfway).
    /// </summary>
    public ActivationFileWriter(string path, string key, long rows, int units, int blockRows, Action<long>? afterBlock = null)
    {
        _layout = new ActivationFileLayout(rows, units, blockRows, System.Text.Encoding.UTF8.GetByteCount(key));
        _key = key;
        _afterBlock = afterBlock;
        _checksums = new ulong[_layout.Segments];
        _block = new float[(long)Math.Min(blockRows, rows) * units];
        _tile = new float[TileUnits * (long)Math.Min(blockRows, rows)];
        _stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        // The header goes in last, with the checksums; until then its place holds zeros, which no reader accepts.
        _stream.SetLength(_layout.FileBytes);
        _stream.Position = _layout.DataOffset;
    }

    /// <summary>Writes <paramref name="values"/> (rows × units, row-major) to a new file at <paramref name="path"/>.</summary>
    public static void Write(string path, string key, float[] values, int rows, int units, int blockRows, Action<long>? afterBlock = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        if ((long)rows * units != values.LongLength)
        {
            throw new ArgumentException($"{values.LongLength} values do not make {rows} rows of {units} units", nameof(values));
        }

        using var writer = new ActivationFileWriter(path, key, rows, units, blockRows, afterBlock);
        writer.Append(values);
        writer.Complete();
    }

    /// <summary>Appends the next rows (a whole number of rows, row-major).</summary>
    public void Append(ReadOnlySpan<float> rowMajor)
    {
        int units = _layout.Units;
        if (rowMajor.Length % units != 0 || _rowsIn + (rowMajor.Length / units) > _layout.Rows)
        {
            throw new ArgumentException($"{rowMajor.Length} values are not whole rows of {units} units within the file's {_layout.Rows} rows", nameof(rowMajor));
        }

        while (!rowMajor.IsEmpty)
        {
            int height = _layout.RowsIn(_blocksWritten);
            int take = Math.Min(height - _rowsInBlock, rowMajor.Length / units);
            rowMajor[..(take * units)].CopyTo(_block.AsSpan(_rowsInBlock * units));
            rowMajor = rowMajor[(take * units)..];
            _rowsInBlock += take;
            _rowsIn += take;
            if (_rowsInBlock == height)
            {
                WriteBlock(height);
            }
        }
    }

    /// <summary>Writes the header and flushes the file to the disk; every row must have been appended.</summary>
    public void Complete()
    {
        if (_rowsIn != _layout.Rows)
        {
            throw new InvalidOperationException($"{_rowsIn} of {_layout.Rows} rows were appended");
        }

        _stream.Position = 0;
        _stream.Write(new ActivationFileHeader(_key, _layout, _checksums).ToBytes());
        // On the disk before the rename publishes it: a crash after the rename must not leave a renamed, empty file.
        _stream.Flush(flushToDisk: true);
    }

    /// <summary>Closes the file (complete or not: an incomplete one has a zero header, which no reader accepts).</summary>
    public void Dispose() => _stream.Dispose();

    private void WriteBlock(int height)
    {
        long block = _blocksWritten;
        int units = _layout.Units;
        for (int unit = 0; unit < units; unit += TileUnits)
        {
            int width = Math.Min(TileUnits, units - unit);
            for (int r = 0; r < height; r++)
            {
                ReadOnlySpan<float> row = _block.AsSpan((r * units) + unit, width);
                for (int u = 0; u < width; u++)
                {
                    _tile[(u * height) + r] = row[u];
                }
            }

            for (int u = 0; u < width; u++)
            {
                _checksums[_layout.SegmentIndex(block, unit + u)] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(_tile.AsSpan(u * height, height)));
            }

            _stream.Write(MemoryMarshal.AsBytes(_tile.AsSpan(0, width * height)));
        }

        _blocksWritten++;
        _rowsInBlock = 0;
        _afterBlock?.Invoke(block);
    }
}
