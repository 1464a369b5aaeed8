namespace ClaimCheck.Statistics;

/// <summary>
/// The AUROC of every column of a row-major float matrix against one set of labels: the layer's other units (or a
/// dictionary's other latents) as null readouts, computed once for all claims on that layer and concept. Columns are
/// read in blocks that share cache lines and scored in parallel; each column's AUROC is computed on its own exactly as
/// <see cref="Auroc.Compute"/> would from that column, so the thread count never changes a number.
/// </summary>
internal static class ColumnAurocs
{
    /// <summary>Columns read together: sixteen floats are one 64-byte cache line of a row.</summary>
    private const int Block = 16;

    /// <summary>The AUROC of each of the <paramref name="columns"/> columns of the <paramref name="rows"/>-row matrix <paramref name="matrix"/>.</summary>
    public static double[] Compute(float[] matrix, int rows, int columns, bool[] labels)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(labels);
        if ((long)rows * columns != matrix.Length || labels.Length != rows)
        {
            throw new ArgumentException($"{matrix.Length} values, {labels.Length} labels: not a {rows} × {columns} matrix with one label per row");
        }

        int positives = labels.Count(l => l);
        int negatives = rows - positives;
        var result = new double[columns];
        if (positives == 0 || negatives == 0 || matrix.AsSpan().ContainsAnyExceptInRange(float.NegativeInfinity, float.PositiveInfinity))
        {
            // No contrast or a NaN: one column after another, so the first bad column fails as it always has.
            for (int c = 0; c < columns; c++)
            {
                result[c] = Auroc.Compute(Column(matrix, rows, columns, c), labels);
            }

            return result;
        }

        Parallel.For(0, (columns + Block - 1) / Block, block =>
        {
            int first = block * Block;
            int width = Math.Min(Block, columns - first);
            // Class-split copies of each column of the block, filled row by row (one cache line of the row at a time).
            var positiveValues = new uint[width * positives];
            var negativeValues = new uint[width * negatives];
            var scratch = new uint[Math.Max(positives, negatives)];
            int p = 0, n = 0;
            for (int r = 0; r < rows; r++)
            {
                ReadOnlySpan<float> row = matrix.AsSpan((r * columns) + first, width);
                if (labels[r])
                {
                    for (int c = 0; c < width; c++)
                    {
                        positiveValues[(c * positives) + p] = OrderedKeys.Of(row[c]);
                    }

                    p++;
                }
                else
                {
                    for (int c = 0; c < width; c++)
                    {
                        negativeValues[(c * negatives) + n] = OrderedKeys.Of(row[c]);
                    }

                    n++;
                }
            }

            // Float keys order and tie exactly as the doubles the floats widen to, with half the memory traffic.
            for (int c = 0; c < width; c++)
            {
                Span<uint> columnPositives = positiveValues.AsSpan(c * positives, positives);
                Span<uint> columnNegatives = negativeValues.AsSpan(c * negatives, negatives);
                OrderedKeys.Sort(columnPositives, scratch);
                OrderedKeys.Sort(columnNegatives, scratch);
                result[first + c] = ClassAuroc.FromSorted<uint>(columnPositives, columnNegatives);
            }
        });

        return result;
    }

    /// <summary>
    /// The AUROC of each of <paramref name="columns"/> columns that <paramref name="readColumn"/> copies out one at a time
    /// (activations kept on disk, read column by column), each exactly what <see cref="Compute(float[], int, int, bool[])"/>
    /// gives for the same values. Two columns per core are held at once, whatever the number of rows.
    /// </summary>
    public static double[] Compute(int rows, int columns, bool[] labels, Action<int, Span<float>> readColumn)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(readColumn);
        if (labels.Length != rows)
        {
            throw new ArgumentException($"{labels.Length} labels for {rows} rows", nameof(labels));
        }

        int positives = labels.Count(l => l);
        int negatives = rows - positives;
        var result = new double[columns];
        // One worker per core: each holds a column's buffers, and reads block on the disk, which would otherwise make the
        // thread pool add workers (and buffers) while they wait.
        var cores = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var pool = new WorkerBuffers<ColumnBuffers>(() => new ColumnBuffers(rows, positives, negatives));
        Parallel.For(0, columns, cores, pool.Take, (c, _, buffers) =>
        {
            readColumn(c, buffers.Values);
            if (positives == 0 || negatives == 0 || buffers.Values.AsSpan().ContainsAnyExceptInRange(float.NegativeInfinity, float.PositiveInfinity))
            {
                // No contrast or a NaN: the one-column routine decides, and fails, as it always has.
                result[c] = Auroc.Compute(Array.ConvertAll(buffers.Values, v => (double)v), labels);
                return buffers;
            }

            int p = 0, n = 0;
            for (int r = 0; r < rows; r++)
            {
                uint key = OrderedKeys.Of(buffers.Values[r]);
                if (labels[r])
                {
                    buffers.Positives[p++] = key;
                }
                else
                {
                    buffers.Negatives[n++] = key;
                }
            }

            OrderedKeys.Sort(buffers.Positives, buffers.Scratch);
            OrderedKeys.Sort(buffers.Negatives, buffers.Scratch);
            result[c] = ClassAuroc.FromSorted<uint>(buffers.Positives, buffers.Negatives);
            return buffers;
        }, pool.Return);
        return result;
    }

    /// <summary>One column's values and its class-split keys, reused column after column by one thread.</summary>
    private sealed class ColumnBuffers(int rows, int positives, int negatives)
    {
        public float[] Values { get; } = new float[rows];

        public uint[] Positives { get; } = new uint[positives];

        public uint[] Negatives { get; } = new uint[negatives];

        public uint[] Scratch { get; } = new uint[Math.Max(positives, negatives)];
    }

    private static double[] Column(float[] matrix, int rows, int columns, int column)
    {
        var values = new double[rows];
        for (int r = 0; r < rows; r++)
        {
            values[r] = matrix[(r * columns) + column];
        }

        return values;
    }
}
