using System.Globalization;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Data;

/// <summary>
/// The rows of a CSV file (<see cref="CsvReader"/>), read a column at a time by name. Values are checked as a column is
/// read: a value that is not what the column must hold is CLM5038 naming the file, the line and the column; a column
/// the file lacks is CLM5039 listing the ones it has.
/// </summary>
public sealed class CsvTable
{
    private readonly string[] _columns;
    private readonly (int Line, string[] Fields)[] _rows;

    internal CsvTable(string source, string[] columns, (int Line, string[] Fields)[] rows)
    {
        Source = source;
        _columns = columns;
        _rows = rows;
    }

    /// <summary>The file the table was read from, as named in diagnostics.</summary>
    public string Source { get; }

    /// <summary>The column names of the header row, in order.</summary>
    public IReadOnlyList<string> Columns => _columns;

    /// <summary>The number of rows after the header (examples).</summary>
    public int RowCount => _rows.Length;

    /// <summary>The values of <paramref name="column"/> as written, one per row.</summary>
    /// <exception cref="ClaimCheckException">CLM5039 when there is no such column.</exception>
    public string[] Texts(string column)
    {
        int c = IndexOf(column);
        return _rows.Select(row => row.Fields[c]).ToArray();
    }

    /// <summary>
    /// The values of <paramref name="column"/> as booleans: <c>1</c>, <c>true</c> (any case) true; <c>0</c>,
    /// <c>false</c> false; spaces around them ignored.
    /// </summary>
    /// <exception cref="ClaimCheckException">CLM5039 when there is no such column; CLM5038 for any other value.</exception>
    public bool[] Booleans(string column)
    {
        int c = IndexOf(column);
        var values = new bool[_rows.Length];
        for (int r = 0; r < _rows.Length; r++)
        {
            string text = _rows[r].Fields[c].Trim();
            values[r] = text switch
            {
                "1" => true,
                "0" => false,
                _ when text.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
                _ when text.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
                _ => throw Invalid(r, c, "is not a boolean: write 0 or 1, or false or true"),
            };
        }

        return values;
    }

    /// <summary>The values of <paramref name="column"/> as finite numbers (invariant culture: <c>0.5</c>, <c>-3</c>, <c>1e-4</c>; spaces around them ignored).</summary>
    /// <exception cref="ClaimCheckException">CLM5039 when there is no such column; CLM5038 for an empty, non-numeric, NaN or infinite value.</exception>
    public double[] Numbers(string column)
    {
        int c = IndexOf(column);
        var values = new double[_rows.Length];
        for (int r = 0; r < _rows.Length; r++)
        {
            values[r] = Number(r, c);
        }

        return values;
    }

    /// <summary>
    /// The values of <paramref name="columns"/> as float32 features, row-major [<see cref="RowCount"/>, columns.Length]:
    /// inputs for a model taking vectors. Each value must be a finite number (or a boolean, read as 0 or 1).
    /// </summary>
    /// <exception cref="ClaimCheckException">CLM5039 when a column is missing; CLM5038 for a value that is not a finite number or a boolean.</exception>
    public float[] Features(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentOutOfRangeException.ThrowIfZero(columns.Length);
        int[] indices = columns.Select(IndexOf).ToArray();
        var values = new float[_rows.Length * indices.Length];
        for (int r = 0; r < _rows.Length; r++)
        {
            for (int k = 0; k < indices.Length; k++)
            {
                string text = _rows[r].Fields[indices[k]].Trim();
                values[(r * indices.Length) + k] =
                    text.Equals("true", StringComparison.OrdinalIgnoreCase) ? 1f
                    : text.Equals("false", StringComparison.OrdinalIgnoreCase) ? 0f
                    : (float)Number(r, indices[k]);
            }
        }

        return values;
    }

    private double Number(int row, int column)
    {
        string text = _rows[row].Fields[column];
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            throw Invalid(row, column, text.Trim().Length == 0 ? "is empty, but the column must hold a number" : "is not a number (write it with a decimal point, e.g. 0.5)");
        }

        return double.IsFinite(value) ? value : throw Invalid(row, column, "is not a finite number");
    }

    private int IndexOf(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        int index = Array.IndexOf(_columns, column);
        if (index >= 0)
        {
            return index;
        }

        string? other = _columns.FirstOrDefault(c => c.Equals(column.Trim(), StringComparison.OrdinalIgnoreCase));
        string hint = other is null ? string.Empty : $" (did you mean '{other}'? names are case-sensitive)";
        throw new ClaimCheckException(DiagnosticIds.CsvColumnMissing,
            $"{Source} has no column '{column}'{hint}; its header row names: {string.Join(", ", _columns.Select(c => $"'{c}'"))}");
    }

    private ClaimCheckException Invalid(int row, int column, string what) =>
        new(DiagnosticIds.CsvValueInvalid, string.Create(CultureInfo.InvariantCulture,
            $"{Source}, line {_rows[row].Line}, column '{_columns[column]}' (column {column + 1}): '{_rows[row].Fields[column]}' {what}"));
}
