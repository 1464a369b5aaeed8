using ClaimCheck.Capture;
using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Statistics;

/// <summary>
/// The bulk routines behind a layer's null (many directions projected at once, every column's AUROC, each class sorted
/// apart) must give exactly, bit for bit, what the one-at-a-time routines give: snapshots depend on it.
/// </summary>
public class BulkAurocTests
{
    [TestCase(1, 1, 1)]
    [TestCase(7, 5, 13)]
    [TestCase(257, 33, 25)]
    [TestCase(600, 64, 200)]
    public void Many_projections_at_once_equal_one_projection_at_a_time_bit_for_bit(int rows, int units, int directions)
    {
        ActivationMatrix matrix = ReluLike(rows, units, seed: (ulong)(rows + units));
        float[] drawn = RandomDirections.Draw(directions, units, 99);

        double[] many = matrix.ProjectMany(drawn, 0, directions);

        for (int d = 0; d < directions; d++)
        {
            double[] one = matrix.Project(drawn.AsSpan(d * units, units));
            for (int r = 0; r < rows; r++)
            {
                Assert.That(BitConverter.DoubleToInt64Bits(many[(d * rows) + r]), Is.EqualTo(BitConverter.DoubleToInt64Bits(one[r])),
                    $"direction {d}, row {r}: {many[(d * rows) + r]:R} vs {one[r]:R}");
            }
        }
    }

    [Test]
    public void A_later_block_of_directions_projects_as_the_same_directions_from_the_start()
    {
        ActivationMatrix matrix = ReluLike(50, 9, seed: 3);
        float[] drawn = RandomDirections.Draw(30, 9, 5);

        double[] all = matrix.ProjectMany(drawn, 0, 30);
        double[] tail = matrix.ProjectMany(drawn, 17, 13);

        Assert.That(tail, Is.EqualTo(all.AsSpan(17 * 50).ToArray()));
    }

    [Test]
    public void Class_split_auroc_equals_the_tie_group_auroc_bit_for_bit_with_many_ties()
    {
        var random = new SeededRandom(11);
        for (int trial = 0; trial < 300; trial++)
        {
            int n = random.NextInt(2, 400);
            // Few distinct values, so ties across and within classes are the rule; some -0.0 among the zeros.
            double[] scores = Enumerable.Range(0, n).Select(_ => random.NextInt(0, 6) is var k && k == 0 ? (random.NextBool(0.5) ? -0.0 : 0.0) : k * 0.25).ToArray();
            bool[] labels = Enumerable.Range(0, n).Select(i => i == 0 || (i != 1 && random.NextBool(0.3))).ToArray();

            double split = ClassAuroc.Compute(scores, labels, new ulong[n], new ulong[n], new ulong[n]);

            Assert.That(BitConverter.DoubleToInt64Bits(split), Is.EqualTo(BitConverter.DoubleToInt64Bits(Auroc.Compute(scores, labels))), $"trial {trial}");
        }
    }

    [Test]
    public void Ordered_keys_compare_as_the_scores_do()
    {
        double[] scores = [double.NegativeInfinity, -1e300, -2.5, -double.Epsilon, -0.0, 0.0, double.Epsilon, 1e-310, 0.1, 7, double.MaxValue, double.PositiveInfinity];
        foreach (double a in scores)
        {
            foreach (double b in scores)
            {
                Assert.That(OrderedKeys.Of(a).CompareTo(OrderedKeys.Of(b)), Is.EqualTo(a.CompareTo(b)), $"{a:R} vs {b:R}");
                Assert.That(OrderedKeys.Of((float)a).CompareTo(OrderedKeys.Of((float)b)), Is.EqualTo(((float)a).CompareTo((float)b)), $"float {a:R} vs {b:R}");
            }
        }
    }

    [Test]
    public void Class_split_auroc_rejects_a_nan_as_the_tie_group_auroc_does()
    {
        Assert.Throws<ArgumentException>(() => ClassAuroc.Compute([0.1, double.NaN, 0.3], [true, false, false], new ulong[3], new ulong[3], new ulong[3]));
    }

    [Test]
    public void Every_column_s_auroc_equals_the_column_s_own_auroc_bit_for_bit()
    {
        ActivationMatrix matrix = ReluLike(333, 37, seed: 8);
        var random = new SeededRandom(4);
        bool[] labels = Enumerable.Range(0, 333).Select(_ => random.NextBool(0.2)).ToArray();

        double[] columns = ColumnAurocs.Compute(matrix.Values, matrix.Rows, matrix.Units, labels);

        for (int u = 0; u < matrix.Units; u++)
        {
            Assert.That(BitConverter.DoubleToInt64Bits(columns[u]), Is.EqualTo(BitConverter.DoubleToInt64Bits(Auroc.Compute(matrix.Column(u), labels))), $"unit {u}");
        }
    }

    [Test]
    public void Column_aurocs_without_contrast_fail_as_one_auroc_does()
    {
        ActivationMatrix matrix = ReluLike(10, 3, seed: 1);

        Assert.Throws<ArgumentException>(() => ColumnAurocs.Compute(matrix.Values, 10, 3, new bool[10]));
    }

    // Half the values exactly zero (as after a ReLU), the rest spread and often tied in float.
    internal static ActivationMatrix ReluLike(int rows, int units, ulong seed)
    {
        var random = new SeededRandom(seed);
        float[] values = new float[rows * units];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = Math.Max(0f, MathF.Round((float)random.NextGaussian() * 8) / 8);
        }

        return new ActivationMatrix(values, rows, units);
    }
}

public class SharedNullScoresTests
{
    [Test]
    public void Claims_on_the_same_activations_and_labels_share_one_computation_of_the_unit_aurocs()
    {
        ActivationMatrix matrix = BulkAurocTests.ReluLike(200, 10, seed: 6);
        bool[] labels = Enumerable.Range(0, 200).Select(i => i % 3 == 0).ToArray();

        double[] first = ClaimCheck.Evidence.HeldOut.SharedNullScores.UnitAurocs(matrix, labels);
        double[] again = ClaimCheck.Evidence.HeldOut.SharedNullScores.UnitAurocs(matrix, (bool[])labels.Clone());

        Assert.That(again, Is.SameAs(first), "equal labels in another array are the same key");
    }

    [Test]
    public void Other_labels_or_other_activations_get_their_own_unit_aurocs()
    {
        ActivationMatrix matrix = BulkAurocTests.ReluLike(200, 10, seed: 6);
        ActivationMatrix other = BulkAurocTests.ReluLike(200, 10, seed: 7);
        bool[] labels = Enumerable.Range(0, 200).Select(i => i % 3 == 0).ToArray();
        bool[] relabelled = Enumerable.Range(0, 200).Select(i => i % 3 == 1).ToArray();

        double[] first = ClaimCheck.Evidence.HeldOut.SharedNullScores.UnitAurocs(matrix, labels);
        labels[0] = !labels[0]; // The cache kept a copy: changing the caller's array later changes nothing.

        Assert.That(ClaimCheck.Evidence.HeldOut.SharedNullScores.UnitAurocs(matrix, relabelled), Is.Not.SameAs(first));
        Assert.That(ClaimCheck.Evidence.HeldOut.SharedNullScores.UnitAurocs(other, relabelled), Is.EqualTo(ColumnAurocs.Compute(other.Values, 200, 10, relabelled)));
        Assert.That(first[3], Is.EqualTo(Auroc.Compute(matrix.Column(3), Enumerable.Range(0, 200).Select(i => i % 3 == 0).ToArray())));
    }
}
