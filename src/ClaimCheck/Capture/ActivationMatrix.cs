namespace ClaimCheck.Capture;

/// <summary>Reduced activations of one layer on one split: one row per example, one column per unit (float32).</summary>
public sealed class ActivationMatrix
{
    private readonly float[] _values;

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

    /// <summary>Number of examples.</summary>
    public int Rows { get; }

    /// <summary>Number of units (channels or neurons) in the layer.</summary>
    public int Units { get; }

    /// <summary>The values themselves, row-major, for the library's bulk statistics (which never write to them).</summary>
    internal float[] Values => _values;

    /// <summary>The activations of example <paramref name="row"/>.</summary>
    public ReadOnlySpan<float> Row(int row) => _values.AsSpan(row * Units, Units);

    /// <summary>A copy of all values, row-major (example by example).</summary>
    public float[] ToArray() => (float[])_values.Clone();

    /// <summary>The activations of one unit over all examples.</summary>
    public double[] Column(int unit)
    {
        var column = new double[Rows];
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
        for (int r = 0; r < Rows; r++)
        {
            double sum = 0;
            foreach (int u in units)
            {
                sum += _values[(r * Units) + u];
            }

            mean[r] = sum / units.Count;
        }

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
        var projection = new double[Rows];
        for (int r = 0; r < Rows; r++)
        {
            ReadOnlySpan<float> row = Row(r);
            double dot = 0;
            for (int u = 0; u < Units; u++)
            {
                dot += (double)row[u] * direction[u];
            }

            projection[r] = dot / norm;
        }

        return projection;
    }

    /// <summary>
    /// The projections onto directions [<paramref name="first"/>, <paramref name="first"/> + <paramref name="count"/>) of
    /// the row-major <paramref name="directions"/> (<see cref="Units"/> components each): direction d's projection of row r
    /// at [d·<see cref="Rows"/> + r], each bit for bit what <see cref="Project"/> gives for that direction.
    /// </summary>
    internal double[] ProjectMany(float[] directions, int first, int count) =>
        BlockProjection.Project(_values, Rows, Units, directions, first, count);

    /// <summary>The index of the first non-finite value, or -1 when all are finite.</summary>
    public int FirstNonFinite()
    {
        for (int i = 0; i < _values.Length; i++)
        {
            if (!float.IsFinite(_values[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
