using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using ClaimCheck.Capture;
using ClaimCheck.Capture.Disk;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Capture;

/// <summary>
/// The activation file format: what is written reads back bit for bit, one unit's rows of a block lie side by side where
/// the layout says, the header's fields sit at their offsets, and offsets stay 64-bit up to 2,000,000 × 2,048 values.
/// </summary>
public class ActivationFileTests
{
    private StoreFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new StoreFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    /// <summary>Row-major values with the awkward bits a float can have, and random ones.</summary>
    private static float[] Values(int rows, int units, ulong seed)
    {
        var random = new SeededRandom(seed);
        float[] values = [.. Enumerable.Range(0, rows * units).Select(_ => (float)random.NextGaussian())];
        values[0] = -0f;
        values[1] = float.Epsilon;
        values[2] = float.MaxValue;
        values[^1] = -float.MinValue;
        return values;
    }

    private string Write(float[] values, int rows, int units, int blockRows, string key = "test key\n")
    {
        string path = Path.Combine(_folder.Path, "entry.activations");
        ActivationFileWriter.Write(path, key, values, rows, units, blockRows);
        return path;
    }

    [TestCase(10, 37, 4, TestName = "Three blocks (the last short), three tiles of units (the last narrow)")]
    [TestCase(1, 4, 65_536, TestName = "One row")]
    [TestCase(300, 16, 65_536, TestName = "One block, one full tile")]
    public void What_is_written_reads_back_bit_for_bit(int rows, int units, int blockRows)
    {
        float[] values = Values(rows, units, seed: 3);
        string path = Write(values, rows, units, blockRows);

        using ActivationFileReader reader = ActivationFileReader.Open(path);
        float[] read = reader.ReadRowMajor();

        Assert.That(MemoryMarshal.Cast<float, int>(read).ToArray(), Is.EqualTo(MemoryMarshal.Cast<float, int>(values).ToArray()));
        Assert.That(reader.Header.Key, Is.EqualTo("test key\n"));
        Assert.That((reader.Header.Layout.Rows, reader.Header.Layout.Units, reader.Header.Layout.BlockRows), Is.EqualTo(((long)rows, units, blockRows)));
    }

    [Test]
    public void One_units_rows_of_a_block_lie_side_by_side_where_the_layout_says()
    {
        const int rows = 10, units = 37, blockRows = 4;
        float[] values = Values(rows, units, seed: 4);
        string path = Write(values, rows, units, blockRows);
        byte[] file = File.ReadAllBytes(path);
        using ActivationFileReader reader = ActivationFileReader.Open(path);
        ActivationFileLayout layout = reader.Header.Layout;

        Assert.That(layout.Blocks, Is.EqualTo(3));
        for (long block = 0; block < layout.Blocks; block++)
        {
            int height = layout.RowsIn(block);
            foreach (int unit in new[] { 0, 15, 16, 36 })
            {
                float[] expected = [.. Enumerable.Range((int)layout.FirstRow(block), height).Select(r => values[(r * units) + unit])];
                float[] raw = MemoryMarshal.Cast<byte, float>(file.AsSpan((int)layout.SegmentOffset(block, unit), height * sizeof(float))).ToArray();
                var segment = new float[height];
                reader.ReadSegment(block, unit, segment);

                Assert.That(raw, Is.EqualTo(expected), $"unit {unit} of block {block} in the file");
                Assert.That(segment, Is.EqualTo(expected), $"unit {unit} of block {block} through the reader");
            }
        }
    }

    [Test]
    public void The_header_starts_with_the_magic_and_version_and_the_data_starts_on_a_page()
    {
        string path = Write(Values(5, 3, seed: 5), 5, 3, blockRows: 2);
        byte[] file = File.ReadAllBytes(path);

        Assert.That(file.AsSpan(0, 8).ToArray(), Is.EqualTo("CLMACTS\n"u8.ToArray()));
        Assert.That(BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(8)), Is.EqualTo(ActivationFileLayout.FormatVersion));
        Assert.That(BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(12)), Is.EqualTo(2), "rows per block");
        Assert.That(BinaryPrimitives.ReadInt64LittleEndian(file.AsSpan(16)), Is.EqualTo(5), "rows");
        Assert.That(BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(24)), Is.EqualTo(3), "units");
        Assert.That(BinaryPrimitives.ReadInt64LittleEndian(file.AsSpan(32)), Is.EqualTo(4096), "the data offset");
        Assert.That(file, Has.Length.EqualTo(4096 + (5 * 3 * sizeof(float))));
    }

    [Test]
    public void Offsets_are_64_bit_for_two_million_rows_of_2048_units()
    {
        var layout = new ActivationFileLayout(rows: 2_000_000, units: 2_048, ActivationFileLayout.DefaultBlockRows, keyBytes: 300);

        Assert.That(layout.Blocks, Is.EqualTo(31));
        Assert.That(layout.RowsIn(30), Is.EqualTo(2_000_000 - (30 * 65_536)));
        Assert.That(layout.FileBytes, Is.EqualTo(layout.DataOffset + 16_384_000_000L));
        Assert.That(layout.SegmentOffset(30, 2_047), Is.EqualTo(layout.DataOffset + (30L * 65_536 * 2_048 * 4) + (2_047L * layout.RowsIn(30) * 4)));
        Assert.That(layout.SegmentOffset(30, 2_047) + (layout.RowsIn(30) * 4L), Is.EqualTo(layout.FileBytes), "the last segment ends the file");
    }

    [Test]
    public void A_16_GB_entry_is_read_in_place_past_4_GB_and_never_copied_whole()
    {
        Assume.That(OperatingSystem.IsLinux(), "needs a file system that makes a 16 GB file of holes without writing it");
        using var target = new StoreTarget();
        ActivationDiskTier tier = _folder.Open();
        ActivationKey key = ActivationKey.For(target, ModelCodeFingerprint.Of(target.Model), target.HeldOut, "layer", Reduction.Max);
        var layout = new ActivationFileLayout(2_000_000, 2_048, ActivationFileLayout.DefaultBlockRows, System.Text.Encoding.UTF8.GetByteCount(key.Text));
        ulong fullBlock = XxHash3.HashToUInt64(new byte[65_536 * sizeof(float)]);
        ulong lastBlock = XxHash3.HashToUInt64(new byte[layout.RowsIn(30) * sizeof(float)]);
        ulong[] checksums = [.. Enumerable.Range(0, (int)layout.Segments).Select(i => i / 2_048 == 30 ? lastBlock : fullBlock)];
        using (var stream = new FileStream(tier.EntryPath(key), FileMode.CreateNew))
        {
            stream.SetLength(layout.FileBytes);
            stream.Write(new ActivationFileHeader(key.Text, layout, checksums).ToBytes());
        }

        using (ActivationFileReader reader = ActivationFileReader.Open(tier.EntryPath(key)))
        {
            var segment = new float[layout.RowsIn(30)];
            Assert.DoesNotThrow(() => reader.ReadSegment(30, 2_047, segment), "the last segment, 16 GB into the file, matches its checksum");
        }

        ActivationMatrix matrix = tier.TryLoad(key)!;
        Assert.That(matrix.InMemory, Is.False, "too large to hold: read in place");
        Assert.That((matrix.Rows, matrix.Units), Is.EqualTo((2_000_000, 2_048)));
        Assert.That(matrix.Row(1_999_999).ToArray(), Has.Length.EqualTo(2_048).And.All.EqualTo(0f), "the last row, past 4 GB, read and checked");
        ClaimCheckException? refused = Assert.Throws<ClaimCheckException>(() => matrix.ToArray());
        Assert.That(refused!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.ActivationsTooLarge));
        Assert.That(refused.Diagnostic.Message, Does.Contain("2000000 × 2048"));
    }
}
