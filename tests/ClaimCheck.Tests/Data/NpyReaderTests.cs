using System.Buffers.Binary;
using System.Text;
using ClaimCheck.Data;
using ClaimCheck.Diagnostics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Data;

/// <summary>.npy files numpy writes read to the element; every other file is refused with CLM5030, CLM5035 or CLM5036.</summary>
public class NpyReaderTests
{
    private static NpyArray Read(byte[] bytes) => NpyReader.Read(new MemoryStream(bytes), "test.npy");

    private static Diagnostic Fails(byte[] bytes) => Assert.Throws<ClaimCheckException>(() => Read(bytes))!.Diagnostic;

    [Test]
    public void Reads_the_shape_and_the_elements_in_C_order()
    {
        NpyArray array = Read(NpyBytes.Ramp(2, 3));

        Assert.That(array.DataType, Is.EqualTo(NpyDataType.FourByteFloat));
        Assert.That(array.Shape, Is.EqualTo(new long[] { 2, 3 }));
        Assert.That((array.Count, array.Length), Is.EqualTo((2L, 6)));
        Assert.That(array.ToSingles(), Is.EqualTo(new float[] { 0, 1, 2, 3, 4, 5 }));
        Assert.That(array.Source, Is.EqualTo("test.npy"));
    }

    [Test]
    public void Decodes_every_supported_type()
    {
        var f8 = new byte[16];
        BinaryPrimitives.WriteDoubleLittleEndian(f8, -0.125);
        BinaryPrimitives.WriteDoubleLittleEndian(f8.AsSpan(8), 1e300);
        var i4 = new byte[8];
        BinaryPrimitives.WriteInt32LittleEndian(i4, -7);
        BinaryPrimitives.WriteInt32LittleEndian(i4.AsSpan(4), 1 << 20);

        Assert.Multiple(() =>
        {
            Assert.That(Read(NpyBytes.File(NpyBytes.Header("<f8", "(2,)"), f8)).ToDoubles(), Is.EqualTo(new[] { -0.125, 1e300 }));
            Assert.That(Read(NpyBytes.File(NpyBytes.Header("<i4", "(2,)"), i4)).ToInt64s(), Is.EqualTo(new long[] { -7, 1 << 20 }));
            Assert.That(Read(NpyBytes.File(NpyBytes.Header("<i8", "(2,)"), NpyBytes.Longs(-(1L << 40), 3))).ToInt64s(), Is.EqualTo(new[] { -(1L << 40), 3 }));
            Assert.That(Read(NpyBytes.File(NpyBytes.Header("|b1", "(3,)"), [1, 0, 1])).ToBooleans(), Is.EqualTo(new[] { true, false, true }));
            Assert.That(Read(NpyBytes.File(NpyBytes.Header("|u1", "(2,)"), [0, 255])).ToSingles(), Is.EqualTo(new float[] { 0, 255 }));
            Assert.That(Read(NpyBytes.File(NpyBytes.Header("|u1", "(2,)"), [0, 255])).DataType, Is.EqualTo(NpyDataType.UnsignedByte));
            // Byte order means nothing for one-byte elements, so '<u1' and '>u1' read like '|u1'.
            Assert.That(Read(NpyBytes.File(NpyBytes.Header(">u1", "(1,)"), [9])).ToInt64s(), Is.EqualTo(new long[] { 9 }));
        });
    }

    [Test]
    public void Integer_labels_of_0_and_1_read_as_booleans()
    {
        NpyArray labels = Read(NpyBytes.File(NpyBytes.Header("<i8", "(3,)"), NpyBytes.Longs(1, 0, 1)));

        Assert.That(labels.ToBooleans(), Is.EqualTo(new[] { true, false, true }));
    }

    [TestCase(2)]
    [TestCase(3)]
    public void Reads_format_versions_2_and_3(int version)
    {
        NpyArray array = Read(NpyBytes.File(NpyBytes.Header("<f4", "(1, 2)"), NpyBytes.Floats(1.5f, -2f), version));

        Assert.That(array.ToSingles(), Is.EqualTo(new[] { 1.5f, -2f }));
    }

    [Test]
    public void Reads_a_scalar_and_an_empty_array()
    {
        NpyArray scalar = Read(NpyBytes.File(NpyBytes.Header("<f4", "()"), NpyBytes.Floats(0.25f)));
        NpyArray empty = Read(NpyBytes.File(NpyBytes.Header("<f4", "(0, 3)"), []));

        Assert.That((scalar.Shape.Count, scalar.Count, scalar.ToSingles().Single()), Is.EqualTo((0, 1L, 0.25f)));
        Assert.That((empty.Shape, empty.Length), Is.EqualTo((new long[] { 0, 3 }, 0)));
    }

    [Test]
    public void A_Fortran_ordered_vector_reads_because_its_layout_is_the_C_layout()
    {
        NpyArray array = Read(NpyBytes.File(NpyBytes.Header("<f4", "(1, 3)", fortran: true), NpyBytes.Floats(1, 2, 3)));

        Assert.That(array.ToSingles(), Is.EqualTo(new float[] { 1, 2, 3 }));
    }

    [TestCase("<f4", "(2, 3)", true, "Fortran (column-major) order")]
    [TestCase(">f4", "(6,)", false, "big-endian ('>f4')")]
    [TestCase(">i8", "(3,)", false, "big-endian ('>i8')")]
    [TestCase("|O", "(6,)", false, "Python objects (dtype object)")]
    [TestCase("<f2", "(12,)", false, "elements of type '<f2'")]
    [TestCase("<c8", "(3,)", false, "elements of type '<c8'")]
    [TestCase("<U1", "(6,)", false, "elements of type '<U1'")]
    [TestCase("=f4", "(6,)", false, "does not say its byte order")]
    public void A_layout_the_reader_does_not_read_is_CLM5035(string descr, string shape, bool fortran, string said)
    {
        Diagnostic diagnostic = Fails(NpyBytes.File(NpyBytes.Header(descr, shape, fortran), new byte[24]));

        Assert.That(diagnostic.Id, Is.EqualTo(DiagnosticIds.NpyUnsupported));
        Assert.That(diagnostic.Message, Does.StartWith("test.npy cannot be read: ").And.Contain(said));
    }

    [Test]
    public void A_structured_array_is_CLM5035()
    {
        string header = "{'descr': [('x', '<f4'), ('y', '<i8')], 'fortran_order': False, 'shape': (2,), }";

        Diagnostic diagnostic = Fails(NpyBytes.File(header, new byte[24]));

        Assert.That(diagnostic.Id, Is.EqualTo(DiagnosticIds.NpyUnsupported));
        Assert.That(diagnostic.Message, Does.Contain("structured array"));
    }

    [Test]
    public void Truncated_data_is_CLM5036_with_the_sizes()
    {
        byte[] whole = NpyBytes.Ramp(4, 4);

        Diagnostic diagnostic = Fails(whole[..^10]);

        Assert.That(diagnostic.Id, Is.EqualTo(DiagnosticIds.NpyFileCorrupt));
        Assert.That(diagnostic.Message, Does.Contain("truncated: its header declares <f4 [4, 4] (64 bytes of data), but only 54 follow"));
    }

    [Test]
    public void Bytes_after_the_data_are_CLM5036()
    {
        Diagnostic diagnostic = Fails([.. NpyBytes.Ramp(2, 2), 0]);

        Assert.That(diagnostic.Id, Is.EqualTo(DiagnosticIds.NpyFileCorrupt));
        Assert.That(diagnostic.Message, Does.Contain("bytes after the 16 bytes of data"));
    }

    private static IEnumerable<TestCaseData> DamagedFiles()
    {
        byte[] good = NpyBytes.Ramp(2, 2);
        yield return new TestCaseData(Array.Empty<byte>(), "does not start with the magic").SetName("an empty file");
        yield return new TestCaseData("id,label\n0,1\n"u8.ToArray(), "does not start with the magic").SetName("a CSV file");
        yield return new TestCaseData("PK\u0003\u0004rest"u8.ToArray(), "zip archive").SetName("an npz archive");
        yield return new TestCaseData(good[..7], "fewer than the magic and version").SetName("cut inside the version");
        yield return new TestCaseData(good[..9], "inside the header length").SetName("cut inside the header length");
        yield return new TestCaseData(good[..40], "truncated inside its header").SetName("cut inside the header");
        byte[] version4 = (byte[])good.Clone();
        version4[6] = 4;
        yield return new TestCaseData(version4, "version 4.0").SetName("an unknown version");
        byte[] huge = NpyBytes.File("x", [], version: 2);
        BinaryPrimitives.WriteUInt32LittleEndian(huge.AsSpan(8), 0x7FFF_FFFF);
        yield return new TestCaseData(huge, "more than the 1048576").SetName("a header length past any header");
        yield return new TestCaseData(NpyBytes.File("{'descr': '<f4', 'shape': (2,), }", []), "exactly the keys").SetName("no fortran_order");
        yield return new TestCaseData(NpyBytes.File("{'descr': '<f4', 'fortran_order': False, 'shape': (2,), 'x': 1, }", []), "exactly the keys").SetName("an extra key");
        yield return new TestCaseData(NpyBytes.File(NpyBytes.Header("<f4", "'(2, 2)'"), []), "must be a tuple").SetName("a shape that is a string");
        yield return new TestCaseData(NpyBytes.File(NpyBytes.Header("<f4", "(2, -1)"), []), "negative size").SetName("a negative dimension");
        yield return new TestCaseData(NpyBytes.File(NpyBytes.Header("<f4", "(2.5,)"), []), "',' or ')' expected").SetName("a fractional dimension");
        yield return new TestCaseData(NpyBytes.File("{'descr': '<f4', 'fortran_order': 0, 'shape': (2,), }", []), "True or False").SetName("fortran_order not a bool");
        yield return new TestCaseData(NpyBytes.File("{'descr': '<f4', 'fortran_order': False, 'shape': (2,)", []), "',' or '}' expected").SetName("an unclosed dict");
        yield return new TestCaseData(NpyBytes.File("__import__('os')", []), "unexpected '_'").SetName("code instead of a dict");
        yield return new TestCaseData(NpyBytes.File(NpyBytes.Header("<f4", "(99999999999, 99999999999)"), []), "more than one array can hold").SetName("a shape too large for memory");
        yield return new TestCaseData(NpyBytes.File(NpyBytes.Header("<f4", "(99999999999999999999,)"), []), "fits 64 bits").SetName("a dimension beyond 64 bits");
        yield return new TestCaseData(NpyBytes.File(NpyBytes.Header("f", "(2,)"), []), "not a numpy type string").SetName("a one-letter descr");
    }

    [TestCaseSource(nameof(DamagedFiles))]
    public void A_damaged_file_is_CLM5036(byte[] bytes, string said)
    {
        Diagnostic diagnostic = Fails(bytes);

        Assert.That(diagnostic.Id, Is.EqualTo(DiagnosticIds.NpyFileCorrupt));
        Assert.That(diagnostic.Message, Does.StartWith("test.npy ").And.Contain(said));
    }

    [Test]
    public void A_version_3_header_that_is_not_UTF8_is_CLM5036()
    {
        byte[] bytes = NpyBytes.File(NpyBytes.Header("<f4", "(1,)"), NpyBytes.Floats(1), version: 3);
        int at = Encoding.ASCII.GetString(bytes).IndexOf("<f4", StringComparison.Ordinal);
        bytes[at] = 0xFF;

        Assert.That(Fails(bytes).Message, Does.Contain("not valid UTF-8"));
    }

    [Test]
    public void A_missing_file_is_CLM5030()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "absent", "inputs.npy");

        ClaimCheckException error = Assert.Throws<ClaimCheckException>(() => NpyReader.Read(path))!;

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.IdxFileMissing));
        Assert.That(error.Diagnostic.Message, Does.Contain($"no npy file at {path} (the folder"));
    }

    [Test]
    public void A_folder_is_CLM5030_saying_so()
    {
        using var folder = new TempFolder();

        ClaimCheckException error = Assert.Throws<ClaimCheckException>(() => NpyReader.Read(folder.Path))!;

        Assert.That(error.Diagnostic.Message, Does.EndWith("(it is a folder)"));
    }

    [Test]
    public void The_callers_stream_is_left_open()
    {
        using var stream = new MemoryStream(NpyBytes.Ramp(1, 2));

        NpyReader.Read(stream, "test.npy");

        Assert.That(stream.CanRead, Is.True, "the reader must not dispose a stream it did not open");
    }

    [Test]
    public void Reads_a_file_from_disk()
    {
        using var folder = new TempFolder();
        string path = folder.Write("inputs.npy", NpyBytes.Ramp(3, 1));

        Assert.That(NpyReader.Read(path).ToSingles(), Is.EqualTo(new float[] { 0, 1, 2 }));
    }

    [Test]
    public void Labels_other_than_0_and_1_are_CLM5034_naming_the_element()
    {
        NpyArray labels = Read(NpyBytes.File(NpyBytes.Header("<i8", "(3,)"), NpyBytes.Longs(1, 0, 2)));

        Diagnostic diagnostic = Assert.Throws<ClaimCheckException>(() => labels.ToBooleans())!.Diagnostic;

        Assert.That(diagnostic.Id, Is.EqualTo(DiagnosticIds.IdxUnexpectedLayout));
        Assert.That(diagnostic.Message, Is.EqualTo("test.npy: element 2 is 2, but labels must be 0 or 1 (or bool)"));
    }

    [Test]
    public void Floats_read_as_integers_or_labels_are_CLM5034()
    {
        NpyArray floats = Read(NpyBytes.Ramp(1, 2));

        Assert.That(Assert.Throws<ClaimCheckException>(() => floats.ToInt64s())!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.IdxUnexpectedLayout));
        Assert.That(Assert.Throws<ClaimCheckException>(() => floats.ToBooleans())!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.IdxUnexpectedLayout));
    }
}
