namespace ClaimCheck.Capture.Tokens;

/// <summary>
/// What each row of a token capture is: rows run sequence after sequence, position after position (row
/// <c>sequence × length + position</c>), and each carries its sequence, its position in it and its document, so
/// statistics over the rows can treat a document's tokens as the dependent cluster they are (see docs/dependence.md).
/// </summary>
public sealed class TokenRows
{
    private readonly int[] _documentOfSequence;

    internal TokenRows(TokenSequences sequences)
    {
        SequenceLength = sequences.SequenceLength;
        Count = checked((int)sequences.Tokens);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        _documentOfSequence = new int[sequences.Count];
        for (int s = 0; s < sequences.Count; s++)
        {
            string name = sequences.Documents[s];
            if (!numbers.TryGetValue(name, out int number))
            {
                number = names.Count;
                numbers.Add(name, number);
                names.Add(name);
            }

            _documentOfSequence[s] = number;
        }

        DocumentNames = names;
    }

    /// <summary>Number of rows (tokens).</summary>
    public int Count { get; }

    /// <summary>Tokens per sequence.</summary>
    public int SequenceLength { get; }

    /// <summary>The documents' names, indexed by the numbers <see cref="DocumentOf"/> gives, in order of first appearance.</summary>
    public IReadOnlyList<string> DocumentNames { get; }

    /// <summary>The sequence row <paramref name="row"/> belongs to.</summary>
    public int SequenceOf(int row) => Checked(row) / SequenceLength;

    /// <summary>Row <paramref name="row"/>'s position in its sequence (0 is the sequence's first token).</summary>
    public int PositionOf(int row) => Checked(row) % SequenceLength;

    /// <summary>The number of row <paramref name="row"/>'s document (an index into <see cref="DocumentNames"/>).</summary>
    public int DocumentOf(int row) => _documentOfSequence[SequenceOf(row)];

    /// <summary>Every row's document number, one per row: the clusters of a document-clustered interval.</summary>
    public int[] Documents()
    {
        var documents = new int[Count];
        for (int s = 0; s < _documentOfSequence.Length; s++)
        {
            documents.AsSpan(s * SequenceLength, SequenceLength).Fill(_documentOfSequence[s]);
        }

        return documents;
    }

    /// <summary>Every row's position in its sequence, one per row.</summary>
    public int[] Positions()
    {
        var positions = new int[Count];
        for (int row = 0; row < Count; row++)
        {
            positions[row] = row % SequenceLength;
        }

        return positions;
    }

    private int Checked(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Count);
        return row;
    }
}
