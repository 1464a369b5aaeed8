using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Statistics;

/// <summary>
/// The bulk AUROCs at the edges of their input: full-precision scores (every key byte varies), widths around the
/// 16-column block, bad shapes, a NaN, a class without examples. Wherever <see cref="Auroc.Compute"/> gives a number
/// they give the same bits; wherever it refuses they refuse the same way.
/// </summary>
public class BulkAurocEdgeTests
{
    [TestCase(1)]
    [TestCase(15)]
    [TestCase(16)]
    [TestCase(17)]
    [TestCase(31)]
    [TestCase(33)]
    public void Column_aurocs_of_full_precision_floats_equal_each_column_s_own_auroc_at_every_width(int columns)
    {
        const int Rows = 120;
        float[] matrix = FullPrecision(Rows * columns, seed: (ulong)columns);
        bool[] labels = Labels(Rows, seed: 5);

        double[] aurocs = ColumnAurocs.Compute(matrix, Rows, columns, labels);

        Assert.That(aurocs, Has.Length.EqualTo(columns));
        for (int c = 0; c < columns; c++)
        {
            double own = Auroc.Compute(Column(matrix, Rows, columns, c), labels);
            Assert.That(BitConverter.DoubleToInt64Bits(aurocs[c]), Is.EqualTo(BitConverter.DoubleToInt64Bits(own)), $"column {c}");
        }
    }

    [Test]
    public void Column_aurocs_refuse_a_missing_matrix_or_labels_by_name()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => ColumnAurocs.Compute(null!, 2, 2, [true, false]),
                Throws.TypeOf<ArgumentNullException>().With.Property(nameof(ArgumentException.ParamName)).EqualTo("matrix"));
            Assert.That(() => ColumnAurocs.Compute(new float[4], 2, 2, null!),
                Throws.TypeOf<ArgumentNullException>().With.Property(nameof(ArgumentException.ParamName)).EqualTo("labels"));
        });
    }

    [Test]
    public void Column_aurocs_refuse_a_matrix_or_labels_of_the_wrong_size()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => ColumnAurocs.Compute(new float[5], 2, 3, [true, false]),
                Throws.TypeOf<ArgumentException>().With.Message.Contains("5 values, 2 labels: not a 2 × 3 matrix"));
            Assert.That(() => ColumnAurocs.Compute(new float[6], 2, 3, [true, false, true]),
                Throws.TypeOf<ArgumentException>().With.Message.Contains("6 values, 3 labels: not a 2 × 3 matrix"));
        });
    }

    [Test]
    public void Column_aurocs_with_only_positives_fail_as_one_auroc_does()
    {
        float[] matrix = FullPrecision(10 * 3, seed: 2);
        bool[] labels = [.. Enumerable.Repeat(true, 10)];

        var expected = Assert.Throws<ArgumentException>(() => Auroc.Compute(Column(matrix, 10, 3, 0), labels));
        var actual = Assert.Throws<ArgumentException>(() => ColumnAurocs.Compute(matrix, 10, 3, labels));

        Assert.That(actual!.Message, Is.EqualTo(expected!.Message));
    }

    [Test]
    public void Column_aurocs_with_a_NaN_in_a_later_column_fail_as_that_column_s_auroc_does()
    {
        // Row 0 is clean, so a column read from the wrong rows would miss the NaN.
        const int Rows = 6, Columns = 4;
        float[] matrix = FullPrecision(Rows * Columns, seed: 3);
        matrix[(4 * Columns) + 2] = float.NaN;
        bool[] labels = [true, false, true, false, true, false];

        var expected = Assert.Throws<ArgumentException>(() => Auroc.Compute(Column(matrix, Rows, Columns, 2), labels));
        var actual = Assert.Throws<ArgumentException>(() => ColumnAurocs.Compute(matrix, Rows, Columns, labels));

        Assert.That(actual!.Message, Is.EqualTo(expected!.Message));
    }

    [Test]
    public void A_matrix_without_columns_has_no_aurocs_whatever_its_labels()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ColumnAurocs.Compute([], 5, 0, new bool[5]), Is.Empty);
            Assert.That(ColumnAurocs.Compute([], 2, 0, [true, false]), Is.Empty);
        });
    }

    [Test]
    public void Class_split_auroc_of_full_precision_scores_equals_the_tie_group_auroc_bit_for_bit()
    {
        var random = new SeededRandom(17);
        for (int trial = 0; trial < 50; trial++)
        {
            int n = random.NextInt(2, 300);
            double[] scores = [.. Enumerable.Range(0, n).Select(_ => random.NextGaussian() * Math.Exp(random.NextDouble(-30, 30)))];
            bool[] labels = Labels(n, seed: (ulong)trial);
            labels[0] = true;
            labels[1] = false;

            double split = ClassAuroc.Compute(scores, labels, new ulong[n], new ulong[n], new ulong[n]);

            Assert.That(BitConverter.DoubleToInt64Bits(split), Is.EqualTo(BitConverter.DoubleToInt64Bits(Auroc.Compute(scores, labels))), $"trial {trial}");
        }
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Class_split_auroc_with_one_class_fails_as_the_tie_group_auroc_does(bool label)
    {
        double[] scores = [0.3, 0.1, 0.2];
        bool[] labels = [label, label, label];

        var expected = Assert.Throws<ArgumentException>(() => Auroc.Compute(scores, labels));
        var actual = Assert.Throws<ArgumentException>(() => ClassAuroc.Compute(scores, labels, new ulong[3], new ulong[3], new ulong[3]));

        Assert.That(actual!.Message, Is.EqualTo(expected!.Message));
    }

    [Test]
    public void Class_split_auroc_rejects_scores_that_are_all_NaN()
    {
        Assert.Throws<ArgumentException>(() => ClassAuroc.Compute([double.NaN, double.NaN, double.NaN], [true, false, true], new ulong[3], new ulong[3], new ulong[3]));
    }

    [TestCase(3, 4)]
    [TestCase(4, 3)]
    public void Class_split_auroc_rejects_labels_of_another_length_as_the_tie_group_auroc_does(int scoreCount, int labelCount)
    {
        double[] scores = [.. Enumerable.Range(0, scoreCount).Select(i => (double)i)];
        bool[] labels = [.. Enumerable.Range(0, labelCount).Select(i => i % 2 == 0)];

        var expected = Assert.Throws<ArgumentException>(() => Auroc.Compute(scores, labels));
        var actual = Assert.Throws<ArgumentException>(() => ClassAuroc.Compute(scores, labels, new ulong[4], new ulong[4], new ulong[4]));

        Assert.That(actual!.Message, Is.EqualTo(expected!.Message));
    }

    // Random bit patterns with the exponent kept in range: every byte of the float's key varies.
    private static float[] FullPrecision(int count, ulong seed)
    {
        var random = new SeededRandom(seed);
        return [.. Enumerable.Range(0, count).Select(_ => (float)(random.NextGaussian() * Math.Exp(random.NextDouble(-20, 20))))];
    }

    private static bool[] Labels(int count, ulong seed)
    {
        var random = new SeededRandom(seed);
        bool[] labels = [.. Enumerable.Range(0, count).Select(_ => random.NextBool(0.4))];
        labels[0] = true;
        labels[^1] = false;
        return labels;
    }

    private static double[] Column(float[] matrix, int rows, int columns, int column) =>
        [.. Enumerable.Range(0, rows).Select(r => (double)matrix[(r * columns) + column])];
}
