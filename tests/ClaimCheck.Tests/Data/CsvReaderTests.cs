using ClaimCheck.Data;
using ClaimCheck.Diagnostics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Data;

/// <summary>CSV label and feature columns read by name; malformed files, bad values and unknown columns named by file, line and column.</summary>
public class CsvReaderTests
{
    private static CsvTable Read(string text) => CsvReader.Read(new StringReader(text), "labels.csv");

    private static Diagnostic Fails(Action read) => Assert.Throws<ClaimCheckException>(read)!.Diagnostic;

    [Test]
    public void Reads_named_columns_of_booleans_numbers_and_text()
    {
        CsvTable table = Read("id,striped,score,name\n0,1,0.5,a\n1,false,-3,b\n2,TRUE,1e-4,c\n");

        Assert.That(table.Columns, Is.EqualTo(new[] { "id", "striped", "score", "name" }));
        Assert.That(table.RowCount, Is.EqualTo(3));
        Assert.That(table.Booleans("striped"), Is.EqualTo(new[] { true, false, true }));
        Assert.That(table.Numbers("score"), Is.EqualTo(new[] { 0.5, -3, 1e-4 }));
        Assert.That(table.Texts("name"), Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That(table.Source, Is.EqualTo("labels.csv"));
    }

    [Test]
    public void Features_are_row_major_floats_with_booleans_as_0_and_1()
    {
        CsvTable table = Read("x,y,flag\n1.5,2,true\n-1,0.25,0\n");

        Assert.That(table.Features("x", "flag", "y"), Is.EqualTo(new[] { 1.5f, 1f, 2f, -1f, 0f, 0.25f }));
    }

    [Test]
    public void Quoted_fields_hold_commas_quotes_and_line_breaks()
    {
        CsvTable table = Read("note,label\n\"a, b\",1\n\"say \"\"hi\"\"\",0\n\"two\nlines\",1\n\"\",0\n");

        Assert.That(table.Texts("note"), Is.EqualTo(new[] { "a, b", "say \"hi\"", "two\nlines", string.Empty }));
        Assert.That(table.Booleans("label"), Is.EqualTo(new[] { true, false, true, false }));
    }

    [Test]
    public void CRLF_a_byte_order_mark_spaces_and_blank_lines_are_accepted()
    {
        CsvTable table = Read("\uFEFF id , label \r\n\r\n0, 1 \r\n1,0\r\n\r\n");

        Assert.That(table.Columns, Is.EqualTo(new[] { "id", "label" }));
        Assert.That(table.Booleans("label"), Is.EqualTo(new[] { true, false }));
        Assert.That(table.Numbers("id"), Is.EqualTo(new double[] { 0, 1 }));
    }

    [Test]
    public void A_header_without_rows_is_a_table_of_no_rows()
    {
        Assert.That(Read("id,label\n").RowCount, Is.Zero);
    }

    private static IEnumerable<TestCaseData> MalformedFiles()
    {
        yield return new TestCaseData(string.Empty, "it is empty").SetName("an empty file");
        yield return new TestCaseData("\n\n", "it is empty").SetName("only blank lines");
        yield return new TestCaseData("id,,label\n", "line 1: column 2 of the header row has no name").SetName("a column without a name");
        yield return new TestCaseData("id,label,label\n", "line 1: the header row names column 'label' twice (columns 2 and 3)").SetName("a repeated column");
        yield return new TestCaseData("id,label\n0,1\n1,0,5\n", "line 3 has 3 fields, but the header row has 2 columns (id, label)").SetName("a row with an extra field");
        yield return new TestCaseData("id,label\n\"a\nb\",1\n7\n", "line 4 has 1 fields").SetName("line numbers count the lines inside quotes");
        yield return new TestCaseData("id,label\n0,\"1\n", "line 2: a quote opens a field that is never closed").SetName("an unclosed quote");
        yield return new TestCaseData("id,label\n0,a\"b\n", "line 2, field 2: a double quote inside a field that is not quoted").SetName("a quote inside a field");
        yield return new TestCaseData("id,label\n\"0\"x,1\n", "line 2, field 1: 'x' after the closing quote").SetName("text after a closing quote");
    }

    [TestCaseSource(nameof(MalformedFiles))]
    public void A_malformed_file_is_CLM5037_naming_the_line(string text, string said)
    {
        Diagnostic diagnostic = Fails(() => Read(text));

        Assert.That(diagnostic.Id, Is.EqualTo(DiagnosticIds.CsvMalformed));
        Assert.That(diagnostic.Message, Does.StartWith("labels.csv is not a well-formed CSV file: ").And.Contain(said));
    }

    [TestCase("yes", "'yes' is not a boolean: write 0 or 1, or false or true")]
    [TestCase("2", "'2' is not a boolean: write 0 or 1, or false or true")]
    [TestCase("", "'' is not a boolean: write 0 or 1, or false or true")]
    public void A_value_that_is_not_a_boolean_is_CLM5038_naming_line_and_column(string value, string said)
    {
        CsvTable table = Read($"id,striped\n0,1\n1,{value}\n");

        Diagnostic diagnostic = Fails(() => table.Booleans("striped"));

        Assert.That(diagnostic.Id, Is.EqualTo(DiagnosticIds.CsvValueInvalid));
        Assert.That(diagnostic.Message, Is.EqualTo($"labels.csv, line 3, column 'striped' (column 2): {said}"));
    }

    [TestCase("", "is empty, but the column must hold a number")]
    [TestCase("abc", "is not a number")]
    [TestCase("\"0,5\"", "is not a number")]
    [TestCase("nan", "is not a finite number")]
    [TestCase("NaN", "is not a finite number")]
    [TestCase("Infinity", "is not a finite number")]
    public void A_value_that_is_not_a_finite_number_is_CLM5038(string value, string said)
    {
        CsvTable table = Read($"score,id\n{value},4\n");

        Diagnostic numbers = Fails(() => table.Numbers("score"));
        Diagnostic features = Fails(() => table.Features("id", "score"));

        Assert.That(numbers.Id, Is.EqualTo(DiagnosticIds.CsvValueInvalid));
        Assert.That(numbers.Message, Does.StartWith("labels.csv, line 2, column 'score' (column 1): ").And.Contain(said));
        Assert.That(features.Message, Is.EqualTo(numbers.Message));
    }

    [Test]
    public void A_missing_column_is_CLM5039_listing_the_columns_and_a_near_name()
    {
        CsvTable table = Read("id,striped\n0,1\n");

        Diagnostic diagnostic = Fails(() => table.Booleans("Striped"));
        Diagnostic plain = Fails(() => table.Numbers("curved"));

        Assert.That(diagnostic.Id, Is.EqualTo(DiagnosticIds.CsvColumnMissing));
        Assert.That(diagnostic.Message, Is.EqualTo("labels.csv has no column 'Striped' (did you mean 'striped'? names are case-sensitive); its header row names: 'id', 'striped'"));
        Assert.That(plain.Message, Is.EqualTo("labels.csv has no column 'curved'; its header row names: 'id', 'striped'"));
    }

    [Test]
    public void Reads_a_file_from_disk_and_a_missing_one_is_CLM5030()
    {
        using var folder = new TempFolder();
        string path = folder.Write("labels.csv", "id,label\n0,1\n"u8.ToArray());
        string absent = Path.Combine(folder.Path, "absent.csv");

        Assert.That(CsvReader.Read(path).Booleans("label"), Is.EqualTo(new[] { true }));
        Diagnostic missing = Fails(() => CsvReader.Read(absent));
        Assert.That(missing.Id, Is.EqualTo(DiagnosticIds.IdxFileMissing));
        Assert.That(missing.Message, Is.EqualTo($"no CSV file at {absent}"));
    }
}
