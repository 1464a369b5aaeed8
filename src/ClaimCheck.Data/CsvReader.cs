using System.Globalization;
using System.Text;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Data;

/// <summary>
/// Reads CSV files of label and feature columns: a header row of column names, then one row per example, fields
/// separated by commas and quoted with double quotes where they hold commas, quotes or line breaks (RFC 4180; what
/// pandas' <c>to_csv</c>, Python's <c>csv</c> module and spreadsheets write). Empty lines are skipped. Structure errors
/// are CLM5037, naming the file and the line; values are checked when a column is read (<see cref="CsvTable"/>).
/// </summary>
/// <example>
/// <code>
/// CsvTable labels = CsvReader.Read("data/labels.csv");   // id,striped,score
/// bool[] striped = labels.Booleans("striped");            // 0/1 or true/false
/// double[] score = labels.Numbers("score");
/// </code>
/// </example>
public static class CsvReader
{
    /// <summary>Reads the CSV file at <paramref name="path"/> (UTF-8, with or without a byte-order mark).</summary>
    /// <exception cref="ClaimCheckException">CLM5030 when the file does not exist; CLM5037 when it is malformed.</exception>
    public static CsvTable Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        DataFiles.RequireFile(path, "CSV file");
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    /// <summary>Reads CSV text from <paramref name="reader"/>, naming it <paramref name="source"/> in diagnostics.</summary>
    /// <exception cref="ClaimCheckException">CLM5037 when the text is malformed.</exception>
    public static CsvTable Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        List<(int Line, string[] Fields)> records = Records(reader.ReadToEnd(), source);
        if (records.Count == 0)
        {
            throw Malformed(source, "it is empty: a CSV file of labels starts with a header row of column names");
        }

        (int headerLine, string[] names) = records[0];
        string[] columns = names.Select(n => n.Trim()).ToArray();
        for (int c = 0; c < columns.Length; c++)
        {
            if (columns[c].Length == 0)
            {
                throw Malformed(source, $"line {headerLine}: column {c + 1} of the header row has no name; every column needs one");
            }

            int first = Array.IndexOf(columns, columns[c]);
            if (first < c)
            {
                throw Malformed(source, $"line {headerLine}: the header row names column '{columns[c]}' twice (columns {first + 1} and {c + 1})");
            }
        }

        foreach ((int line, string[] fields) in records.Skip(1))
        {
            if (fields.Length != columns.Length)
            {
                throw Malformed(source, string.Create(CultureInfo.InvariantCulture,
                    $"line {line} has {fields.Length} fields, but the header row has {columns.Length} columns ({string.Join(", ", columns)})"));
            }
        }

        return new CsvTable(source, columns, records.Skip(1).ToArray());
    }

    /// <summary>Splits <paramref name="text"/> into records of fields, each with the line it starts on; blank lines are dropped.</summary>
    private static List<(int Line, string[] Fields)> Records(string text, string source)
    {
        var records = new List<(int, string[])>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        bool inQuotes = false;
        bool quoted = false;      // the current field was quoted (so an empty one is still a field)
        bool afterQuote = false;  // the closing quote of the current field was read
        int i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
            quoted = false;
            afterQuote = false;
        }

        void EndRecord()
        {
            bool blank = fields.Count == 0 && field.Length == 0 && !quoted;
            if (!blank)
            {
                EndField();
                records.Add((recordLine, fields.ToArray()));
            }

            fields.Clear();
        }

        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                    afterQuote = true;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    EndField();
                    break;
                case '\r' or '\n':
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                case '"' when field.Length == 0 && !quoted:
                    inQuotes = true;
                    quoted = true;
                    quoteLine = line;
                    break;
                case '"':
                    throw Malformed(source, $"line {line}, field {fields.Count + 1}: a double quote inside a field that is not quoted; quote the whole field and double the quote (\"a \"\"b\"\" c\")");
                default:
                    if (afterQuote)
                    {
                        throw Malformed(source, $"line {line}, field {fields.Count + 1}: '{c}' after the closing quote; a quoted field ends at its closing quote");
                    }

                    field.Append(c);
                    break;
            }
        }

        if (inQuotes)
        {
            throw Malformed(source, $"line {quoteLine}: a quote opens a field that is never closed");
        }

        EndRecord();
        return records;
    }

    private static ClaimCheckException Malformed(string source, string what) =>
        new(DiagnosticIds.CsvMalformed, $"{source} is not a well-formed CSV file: {what}");
}
