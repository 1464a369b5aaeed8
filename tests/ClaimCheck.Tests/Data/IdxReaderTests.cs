using System.Buffers.Binary;
using ClaimCheck.Data;
using ClaimCheck.Diagnostics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Data;

public class IdxReaderTests
{
    [TestCase(false)]
    [TestCase(true)]
    public void Reads_type_dimensions_and_payload_raw_or_gzip(bool gzip)
    {
        using var folder = new TempFolder();
        byte[] raw = IdxBytes.Ramp(2, 3, 4);
        string path = folder.Write("images.idx", gzip ? IdxBytes.Gzip(raw) : raw);

        IdxArray array = IdxReader.Read(path);

        Assert.That(array.DataType, Is.EqualTo(IdxDataType.UnsignedByte));
        Assert.That(array.Dimensions, Is.EqualTo(new[] { 2, 3, 4 }));
        Assert.That(array.Count, Is.EqualTo(2));
        Assert.That(array.Length, Is.EqualTo(24));
        Assert.That(array.Bytes.ToArray(), Is.EqualTo(Enumerable.Range(0, 24).Select(i => (byte)i).ToArray()));
    }

    [Test]
    public void Gzip_is_recognised_by_its_magic_bytes_not_by_the_name()
    {
        using var folder = new TempFolder();
        string path = folder.Write("labels.idx1-ubyte", IdxBytes.Gzip(IdxBytes.Labels(3, 1, 4)));

        Assert.That(IdxReader.Read(path).Bytes.ToArray(), Is.EqualTo(new byte[] { 3, 1, 4 }));
    }

    [Test]
    public void Decodes_big_endian_elements_of_every_type()
    {
        var ints = new byte[8];
        BinaryPrimitives.WriteInt32BigEndian(ints, -7);
        BinaryPrimitives.WriteInt32BigEndian(ints.AsSpan(4), 1 << 20);
        var floats = new byte[4];
        BinaryPrimitives.WriteSingleBigEndian(floats, 2.5f);
        var doubles = new byte[8];
        BinaryPrimitives.WriteDoubleBigEndian(doubles, -0.125);
        var shorts = new byte[2];
        BinaryPrimitives.WriteInt16BigEndian(shorts, -300);

        Assert.Multiple(() =>
        {
            Assert.That(Read(IdxBytes.File(0x0C, [2], ints)).ToDoubles(), Is.EqualTo(new double[] { -7, 1 << 20 }));
            Assert.That(Read(IdxBytes.File(0x0D, [1], floats)).ToDoubles(), Is.EqualTo(new double[] { 2.5 }));
            Assert.That(Read(IdxBytes.File(0x0E, [1], doubles)).ToDoubles(), Is.EqualTo(new double[] { -0.125 }));
            Assert.That(Read(IdxBytes.File(0x0B, [1], shorts)).ToDoubles(), Is.EqualTo(new double[] { -300 }));
            Assert.That(Read(IdxBytes.File(0x09, [2], [0xFF, 0x01])).ToDoubles(), Is.EqualTo(new double[] { -1, 1 }));
            Assert.That(Read(IdxBytes.File(0x0D, [1], floats)).DataType, Is.EqualTo(IdxDataType.FourByteFloat));
        });
    }

    [Test]
    public void Bytes_of_a_non_byte_array_is_refused()
    {
        IdxArray floats = Read(IdxBytes.File(0x0D, [1], new byte[4]));

        Assert.That(() => floats.Bytes.Length, Throws.InvalidOperationException);
    }

    [Test]
    public void A_zero_length_dimension_gives_an_empty_array()
    {
        IdxArray empty = Read(IdxBytes.File(0x08, [0, 28, 28], []));

        Assert.That(empty.Count, Is.Zero);
        Assert.That(empty.Length, Is.Zero);
    }

    [Test]
    public void A_missing_file_is_CLM5030()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "nowhere", "t10k-images-idx3-ubyte.gz");

        var e = Assert.Throws<ClaimCheckException>(() => IdxReader.Read(path))!;

        Assert.That(e.Diagnostic.Id, Is.EqualTo(DiagnosticIds.IdxFileMissing));
        Assert.That(e.Diagnostic.Message, Does.Contain(path).And.Contain("does not exist either"));
    }

    private static IEnumerable<TestCaseData> Corrupt()
    {
        byte[] good = IdxBytes.Ramp(2, 3, 3);
        yield return new TestCaseData(Array.Empty<byte>(), "4-byte IDX magic").SetName("Empty file");
        yield return new TestCaseData(good[..3], "4-byte IDX magic").SetName("Truncated magic");
        yield return new TestCaseData(good[..9], "inside its header").SetName("Truncated header");
        yield return new TestCaseData(good[..^1], "only 17 follow").SetName("Truncated payload");
        byte[] gzip = IdxBytes.Gzip(IdxBytes.Ramp(40, 40));
        yield return new TestCaseData(gzip[..(gzip.Length / 2)], "gzip").SetName("Truncated gzip");
        yield return new TestCaseData(good.Append((byte)0).ToArray(), "bytes after").SetName("Trailing byte");
        yield return new TestCaseData(IdxBytes.File(0x08, [-1], []), "negative size").SetName("Negative dimension");
        yield return new TestCaseData(IdxBytes.File(0x0E, [int.MaxValue, int.MaxValue], []), "more than one array can hold").SetName("Impossible size");
        byte[] damaged = IdxBytes.Gzip(IdxBytes.Ramp(50, 50));
        damaged[12] ^= 0xFF;
        damaged[13] ^= 0xFF;
        yield return new TestCaseData(damaged, "gzip").SetName("Damaged gzip");
    }

    [TestCaseSource(nameof(Corrupt))]
    public void A_corrupt_or_truncated_file_is_CLM5031(byte[] bytes, string expected)
    {
        var e = Assert.Throws<ClaimCheckException>(() => Read(bytes))!;

        Assert.That(e.Diagnostic.Id, Is.EqualTo(DiagnosticIds.IdxFileCorrupt), e.Message);
        Assert.That(e.Diagnostic.Message, Does.Contain(expected));
    }

    private static IEnumerable<TestCaseData> NotIdx()
    {
        yield return new TestCaseData("<html>not found</html>"u8.ToArray(), "does not start with two zero bytes").SetName("Text file");
        yield return new TestCaseData(new byte[] { 0, 0, 0x07, 1, 0, 0, 0, 0 }, "unknown IDX type code 0x07").SetName("Unknown type code");
        yield return new TestCaseData(new byte[] { 0, 0, 0x08, 0 }, "declares 0 dimensions").SetName("No dimensions");
        yield return new TestCaseData(new byte[] { 0, 0, 0x08, 200 }, "declares 200 dimensions").SetName("Too many dimensions");
        yield return new TestCaseData(IdxBytes.Gzip(IdxBytes.Gzip(IdxBytes.Labels(1))), "does not start with two zero bytes").SetName("Gzip twice");
    }

    [TestCaseSource(nameof(NotIdx))]
    public void A_file_with_a_wrong_magic_is_CLM5032(byte[] bytes, string expected)
    {
        var e = Assert.Throws<ClaimCheckException>(() => Read(bytes))!;

        Assert.That(e.Diagnostic.Id, Is.EqualTo(DiagnosticIds.IdxWrongMagic), e.Message);
        Assert.That(e.Diagnostic.Message, Does.Contain(expected));
    }

    private static IdxArray Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return IdxReader.Read(stream, "test.idx");
    }
}
