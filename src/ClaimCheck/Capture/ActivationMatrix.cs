using ClaimCheck.Capture.Disk;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Capture;

/// <summary>
/// Reduced activations of one layer on one split: one row per example, one column per unit (float32). Held in memory, or
/// (for splits larger than memory) read from the activation store's file a block of rows or one column at a time; every
/// member gives the same numbers either way.
/// </summary>
public sealed class ActivationMatrix
{
    private readonly float[]? _values;
    private readonly IActivationBlocks? _blocks;

    // A block's buffer (up to 64 MiB) is reused by every pass over the blocks: the null reads the file many times.
    private readonly Statistics.WorkerBuffers<float[]>? _blockBuffers;

    /// <summary>Creates a matrix over row-major <paramref name="values"/>.</summary>
    public ActivationMatrix(float[] values, int rows, int units)
    {
        ArgumentNullException.ThrowIfNull(values);
        if ((long)rows * units != values.Length)
        {
            throw new ArgumentException($"{values.Length} values do not make {rows} rows of {units} units", nameof(values));
        }

        _values = values;
        Rows = rows;
        Units = units;
    }

    /// <summary>A matrix read from <paramref name="blocks"/> on demand, never held whole.</summary>
    internal ActivationMatrix(IActivationBlocks blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        _blocks = blocks;
        Rows = blocks.Rows;
        Units = blocks.Units;
        int blockRows = Math.Max(1, blocks.BlockRows);
        _blockBuffers = new(() => new float[(long)Math.Min(blockRows, Math.Max(1, Rows)) * Units]);
    }

    /// <summary>Number of examples.</summary>
    public int Rows { get; }

    /// <summary>Number of units (channels or neurons) in the layer.</summary>
    public int Units { get; }

    /// <summary>Whether the values are held in memory (else they are read from disk block by block).</summary>
    internal bool InMemory => _values is not null;

    /// <summary>
    /// The values themselves, row-major, for the library's bulk statistics (which never write to them); only for a matrix
    /// held in memory (bulk statistics check <see cref="InMemory"/> and read blocks otherwise).
    /// </summary>
    internal float[] Values => _values ?? throw new InvalidOperationException("this matrix is read from disk block by block; it has no array of values");

    /// <summary>The blocks a matrix kept on disk is read from.</summary>
    internal IActivationBlocks Blocks => _blocks ?? throw new InvalidOperationException("this matrix is held in memory");

    /// <summary>The activations of example <paramref name="row"/>.</summary>
    public ReadOnlySpan<float> Row(int row)
    {
        if (_values is not null)
        {
            return _values.AsSpan(row * Units, Units);
        }

        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Rows);
        var values = new float[Units];
        _blocks!.ReadRows(row, 1, values);
        return values;
    }

    /// <summary>A copy of all values, row-major (example by example).</summary>
    /// <exception cref="ClaimCheckException">CLM5040: the matrix is kept on disk because it does not fit in one array.</exception>
    public float[] ToArray()
    {
        if (_values is not null)
        {
            return (float[])_values.Clone();
        }

        long total = (long)Rows * Units;
        if (total > Array.MaxLength)
        {
            throw new ClaimCheckException(DiagnosticIds.ActivationsTooLarge,
                $"{Rows} × {Units} activations ({total * sizeof(float) / 1e9:0.0} GB) do not fit in one array; this use of them needs the whole matrix in memory");
        }

        var copy = new float[total];
        ForEachBlock((first, count, block) => block.AsSpan(0, count * Units).CopyTo(copy.AsSpan(first * Units)));
        return copy;
    }

    /// <summary>The activations of one unit over all examples.</summary>
    public double[] Column(int unit)
    {
        var column = new double[Rows];
        if (_values is null)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(unit);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(unit, Units);
            var values = new float[Rows];
            _blocks!.ReadColumn(unit, values);
            for (int r = 0; r < Rows; r++)
            {
                column[r] = values[r];
            }

            return column;
        }

        for (int r = 0; r < Rows; r++)
        {
            column[r] = _values[(r * Units) + unit];
        }

        return column;
    }

    /// <summary>The mean activation of a set of units, per example.</summary>
    public double[] MeanOf(IReadOnlyList<int> units)
    {
        var mean = new double[Rows];
        ForEachBlock((first, count, block) =>
        {
            for (int r = 0; r < count; r++)
            {
                double sum = 0;
                foreach (int u in units)
                {
                    sum += block[(r * Units) + u];
                }

                mean[first + r] = sum / units.Count;
            }
        });
        return mean;
    }

    /// <summary>The projection of every example onto <paramref name="direction"/> (divided by its norm).</summary>
    public double[] Project(ReadOnlySpan<float> direction)
    {
        if (direction.Length != Units)
        {
            throw new ArgumentException($"direction has {direction.Length} components; the layer has {Units} units", nameof(direction));
        }

        double norm = 0;
        foreach (float d in direction)
        {
            norm += (double)d * d;
        }

        norm = Math.Sqrt(norm);
        float[] components = direction.ToArray();
        var projection = new double[Rows];
        ForEachBlock((first, count, block) =>
        {
            for (int r = 0; r < count; r++)
            {
                ReadOnlySpan<float> row = block.AsSpan(r * Units, Units);
                double dot = 0;
                for (int u = 0; u < Units; u++)
                {
                    dot += (double)row[u] * components[u];
                }

                projection[first + r] = dot / norm;
            }
        });
        return projection;
    }

    /// <summary>
    /// The projections onto directions [<paramref name="first"/>, <paramref name="first"/> + <paramref name="count"/>) of
    /// the row-major <paramref name="directions"/> (<see cref="Units"/> components each): direction d's projection of row r
    /// at [d·<see cref="Rows"/> + r], each bit for bit what <see cref="Project"/> gives for that direction.
    /// </summary>
    internal double[] ProjectMany(float[] directions, int first, int count)
    {
        var projections = new double[(long)count * Rows];
        ProjectMany(directions, first, count, projections);
        return projections;
    }

    /// <summary>
    /// As <see cref="ProjectMany(float[], int, int)"/>, into <paramref name="projections"/> (at least count × rows long),
    /// so a caller projecting batch after batch of directions reuses one buffer instead of leaving one per batch to the
    /// garbage collector (at 2,000,000 rows a batch of sixty directions is 960 MB).
    /// </summary>
    internal void ProjectMany(float[] directions, int first, int count, double[] projections)
    {
        if (_values is not null)
        {
            BlockProjection.ProjectInto(_values, Rows, Units, directions, first, count, projections, Rows, 0);
            return;
        }

        PackedDirections packed = BlockProjection.Pack(directions, Units, first, count);
        ForEachBlock((start, rows, block) => BlockProjection.ProjectInto(block, rows, packed, projections, Rows, start));
    }

    /// <summary>The index of the first non-finite value, or -1 when all are finite.</summary>
    public int FirstNonFinite()
    {
        long index = FirstNonFiniteIndex();
        return index <= int.MaxValue
            ? (int)index
            : throw new InvalidOperationException($"the first non-finite value is at index {index}, beyond an int; use {nameof(FirstNonFiniteIndex)}");
    }

    /// <summary>The index (row × units + unit) of the first non-finite value, or -1 when all are finite.</summary>
    internal long FirstNonFiniteIndex()
    {
        long found = -1;
        ForEachBlock((first, count, block) =>
        {
            int at = found < 0 ? FirstNonFinite(block.AsSpan(0, count * Units)) : -1;
            if (at >= 0)
            {
                found = ((long)first * Units) + at;
            }
        });
        return found;
    }

    private static int FirstNonFinite(ReadOnlySpan<float> values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (!float.IsFinite(values[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Calls <paramref name="visit"/>(first row, row count, row-major values) for consecutive blocks of rows: the whole
    /// array at once when held in memory, else one block read from disk at a time into one reused buffer.
    /// </summary>
    private void ForEachBlock(Action<int, int, float[]> visit)
    {
        if (_values is not null)
        {
            visit(0, Rows, _values);
            return;
        }

        int blockRows = Math.Max(1, _blocks!.BlockRows);
        float[] buffer = _blockBuffers!.Take();
        try
        {
            for (int first = 0; first < Rows; first += blockRows)
            {
                int count = Math.Min(blockRows, Rows - first);
                _blocks.ReadRows(first, count, buffer.AsSpan(0, count * Units));
                visit(first, count, buffer);
            }
        }
        finally
        {
            _blockBuffers.Return(buffer);
        }
    }
}
