namespace ClaimCheck.Capture.Disk;

/// <summary>
/// Activations kept outside the managed heap (a file of the activation store), read a block of rows or one unit's column
/// at a time, so a split larger than memory is scored within a fixed budget. Reads must return exactly the floats that
/// were captured: every statistic over them is then bit for bit the one over the same values held in memory.
/// </summary>
internal interface IActivationBlocks
{
    /// <summary>Number of examples.</summary>
    int Rows { get; }

    /// <summary>Number of units.</summary>
    int Units { get; }

    /// <summary>Rows a block holds: reading whole blocks is the cheap way through the rows.</summary>
    int BlockRows { get; }

    /// <summary>Copies rows [<paramref name="firstRow"/>, <paramref name="firstRow"/> + <paramref name="count"/>) row-major into <paramref name="destination"/>.</summary>
    void ReadRows(int firstRow, int count, Span<float> destination);

    /// <summary>Copies unit <paramref name="unit"/>'s value on every row, in row order, into <paramref name="destination"/>.</summary>
    void ReadColumn(int unit, Span<float> destination);
}
