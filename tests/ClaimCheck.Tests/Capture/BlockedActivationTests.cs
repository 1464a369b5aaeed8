using ClaimCheck.Capture;
using ClaimCheck.Capture.Disk;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Statistics;
using ClaimCheck.Tests.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Capture;

/// <summary>
/// Activations too large for memory are read from disk a block of rows or one column at a time. Every statistic over
/// them must be bit for bit the one over the same values held in memory: the tests read the same matrix both ways,
/// through blocks laid out as the store lays them out (column-major inside each block of rows), with block sizes that do
/// not divide the rows.
/// </summary>
public class BlockedActivationTests
{
    private static (ActivationMatrix InMemory, ActivationMatrix Blocked) Both(int rows, int units, int blockRows, ulong seed)
    {
        ActivationMatrix inMemory = BulkAurocTests.ReluLike(rows, units, seed);
        return (inMemory, new ActivationMatrix(new ColumnMajorBlocks(inMemory.ToArray(), rows, units, blockRows)));
    }

    [TestCase(1, 1, 1)]
    [TestCase(97, 13, 10)]
    [TestCase(500, 40, 64)]
    [TestCase(300, 24, 1000)]
    public void Rows_columns_means_and_projections_equal_the_in_memory_ones_bit_for_bit(int rows, int units, int blockRows)
    {
        (ActivationMatrix memory, ActivationMatrix blocked) = Both(rows, units, blockRows, (ulong)(rows * units));
        Assert.That(blocked.InMemory, Is.False);

        Assert.That(blocked.ToArray(), Is.EqualTo(memory.ToArray()));
        Assert.That(blocked.Row(rows - 1).ToArray(), Is.EqualTo(memory.Row(rows - 1).ToArray()));
        Assert.That(blocked.Column(units - 1), Is.EqualTo(memory.Column(units - 1)));
        int[] set = [.. Enumerable.Range(0, units).Where(u => u % 3 == 0)];
        Assert.That(Bits(blocked.MeanOf(set)), Is.EqualTo(Bits(memory.MeanOf(set))));

        float[] directions = RandomDirections.Draw(25, units, 3);
        Assert.That(Bits(blocked.Project(directions.AsSpan(0, units))), Is.EqualTo(Bits(memory.Project(directions.AsSpan(0, units)))));
        Assert.That(Bits(blocked.ProjectMany(directions, 5, 20)), Is.EqualTo(Bits(memory.ProjectMany(directions, 5, 20))));
    }

    [Test]
    public void The_first_non_finite_value_is_found_in_a_later_block()
    {
        float[] values = BulkAurocTests.ReluLike(50, 7, 5).ToArray();
        values[(33 * 7) + 4] = float.NaN;
        var blocked = new ActivationMatrix(new ColumnMajorBlocks(values, 50, 7, 8));
        Assert.That(blocked.FirstNonFinite(), Is.EqualTo((33 * 7) + 4));
        Assert.That(new ActivationMatrix(new ColumnMajorBlocks(BulkAurocTests.ReluLike(50, 7, 5).ToArray(), 50, 7, 8)).FirstNonFinite(), Is.EqualTo(-1));
    }

    [Test]
    public void A_layers_null_over_blocks_equals_its_null_in_memory()
    {
        (ActivationMatrix memory, ActivationMatrix blocked) = Both(400, 30, 48, 21);
        bool[] labels = [.. Enumerable.Range(0, 400).Select(i => i % 5 < 2)];
        var spec = new HeldOutSettings();

        NullDistribution.Result inMemory = NullDistribution.Scores(new UnitSubject("layer", 4), memory, labels, spec, 99, null!);
        NullDistribution.Result fromBlocks = NullDistribution.Scores(new UnitSubject("layer", 4), blocked, labels, spec, 99, null!);
        NullDistribution.Result sets = NullDistribution.Scores(new UnitSetSubject("layer", [1, 2, 3]), blocked, labels, spec, 99, null!);

        Assert.That(Bits(fromBlocks.All), Is.EqualTo(Bits(inMemory.All)));
        Assert.That(Bits(fromBlocks.OtherUnits), Is.EqualTo(Bits(inMemory.OtherUnits)));
        Assert.That(Bits(sets.All), Is.EqualTo(Bits(NullDistribution.Scores(new UnitSetSubject("layer", [1, 2, 3]), memory, labels, spec, 99, null!).All)));
    }

    [Test]
    public void A_matrix_too_large_for_one_array_is_never_copied_whole_and_says_so_with_an_ID()
    {
        var huge = new ActivationMatrix(new UnreadableBlocks(2_000_000, 2_048));

        var error = Assert.Throws<ClaimCheckException>(() => huge.ToArray());
        Assert.That(error!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.ActivationsTooLarge));
        Assert.That(error.Message, Does.Contain("2000000 × 2048"));
    }

    private static long[] Bits(IEnumerable<double> values) => [.. values.Select(BitConverter.DoubleToInt64Bits)];

    /// <summary>A matrix laid out as the store lays it out: blocks of rows, column-major inside each block.</summary>
    private sealed class ColumnMajorBlocks : IActivationBlocks
    {
        private readonly float[] _layout;

        public ColumnMajorBlocks(float[] rowMajor, int rows, int units, int blockRows)
        {
            Rows = rows;
            Units = units;
            BlockRows = blockRows;
            _layout = new float[rowMajor.Length];
            for (int first = 0, at = 0; first < rows; first += blockRows)
            {
                int count = Math.Min(blockRows, rows - first);
                for (int u = 0; u < units; u++)
                {
                    for (int r = 0; r < count; r++)
                    {
                        _layout[at++] = rowMajor[((first + r) * units) + u];
                    }
                }
            }
        }

        public int Rows { get; }

        public int Units { get; }

        public int BlockRows { get; }

        public void ReadRows(int firstRow, int count, Span<float> destination)
        {
            for (int r = 0; r < count; r++)
            {
                for (int u = 0; u < Units; u++)
                {
                    destination[(r * Units) + u] = At(firstRow + r, u);
                }
            }
        }

        public void ReadColumn(int unit, Span<float> destination)
        {
            for (int r = 0; r < Rows; r++)
            {
                destination[r] = At(r, unit);
            }
        }

        private float At(int row, int unit)
        {
            int block = row / BlockRows;
            int first = block * BlockRows;
            int count = Math.Min(BlockRows, Rows - first);
            return _layout[(first * Units) + (unit * count) + (row - first)];
        }
    }

    /// <summary>Blocks that fail any read: the size check must come before any.</summary>
    private sealed class UnreadableBlocks(int rows, int units) : IActivationBlocks
    {
        public int Rows => rows;

        public int Units => units;

        public int BlockRows => 65_536;

        public void ReadRows(int firstRow, int count, Span<float> destination) => throw new AssertionException("read rows");

        public void ReadColumn(int unit, Span<float> destination) => throw new AssertionException("read a column");
    }
}
