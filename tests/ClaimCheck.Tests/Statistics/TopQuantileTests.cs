using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Statistics;

public class TopQuantileTests
{
    [Test]
    public void Takes_the_ceiling_of_the_fraction_when_it_exceeds_the_minimum()
    {
        // 25 examples, scores 0..24, positives where the score is even. ⌈0.1 × 25⌉ = 3: scores 24, 23, 22; positives 24, 22.
        double[] scores = Enumerable.Range(0, 25).Select(i => (double)i).ToArray();
        bool[] labels = scores.Select(s => s % 2 == 0).ToArray();

        Assert.That(TopQuantile.TopCounts(scores, labels, 0.1, 1), Is.EqualTo((3, 2)));
    }

    [Test]
    public void Takes_the_minimum_when_the_fraction_gives_fewer()
    {
        // ⌈0.005 × 25⌉ = 1 but at least 4: scores 24, 23, 22, 21; positives 24, 22.
        double[] scores = Enumerable.Range(0, 25).Select(i => (double)i).ToArray();
        bool[] labels = scores.Select(s => s % 2 == 0).ToArray();

        Assert.That(TopQuantile.TopCounts(scores, labels, 0.005, 4), Is.EqualTo((4, 2)));
    }

    [Test]
    public void A_decimal_fraction_that_is_inexact_in_binary_does_not_take_an_extra_example()
    {
        // 0.07 × 100 evaluates to 7.000000000000001 in doubles; a bare ceiling would take 8.
        double[] scores = Enumerable.Range(0, 100).Select(i => (double)i).ToArray();
        bool[] labels = new bool[100];

        Assert.That(TopQuantile.TopCounts(scores, labels, 0.07, 0).Count, Is.EqualTo(7));
    }

    [Test]
    public void A_product_exactly_at_the_snapping_tolerance_is_snapped()
    {
        // 1e-9 × 1 lies exactly 1e-9 from 0, the edge of the tolerance (inclusive): it counts as 0 examples, not ⌈1e-9⌉ = 1.
        Assert.That(TopQuantile.TopCounts([0.5], [true], 1e-9, 0), Is.EqualTo((0, 0)));
    }

    [Test]
    public void The_snapping_tolerance_grows_with_the_count()
    {
        // 0.07 × 100000 is 7000.000000000001 in doubles, 9e-13 above 7000: within 1e-9 relative, so 7000 examples.
        double[] scores = [.. Enumerable.Range(0, 100_000).Select(i => (double)i)];

        Assert.That(TopQuantile.TopCounts(scores, new bool[scores.Length], 0.07, 0).Count, Is.EqualTo(7000));
    }

    [Test]
    public void Ties_at_the_cut_are_taken_lowest_index_first()
    {
        // Top 3: the 9 (index 2), then two of the four 5s (indices 0, 3, 4, 6): indices 0 and 3, labels true and false.
        // Taking the higher indices instead (4 and 6, both positive) would give 3 positives, not 2.
        double[] scores = [5, 1, 9, 5, 5, 2, 5];
        bool[] labels = [true, true, true, false, true, true, true];

        Assert.That(TopQuantile.TopCounts(scores, labels, 0, 3), Is.EqualTo((3, 2)));
    }

    [Test]
    public void The_result_does_not_depend_on_the_order_of_ties_elsewhere_in_the_input()
    {
        // Same multiset, positive 5 moved from index 0 to index 6: now the first two 5s are negative.
        double[] scores = [5, 1, 9, 5, 5, 2, 5];
        bool[] labels = [false, true, true, false, true, true, true];

        Assert.That(TopQuantile.TopCounts(scores, labels, 0, 3), Is.EqualTo((3, 1)));
    }

    [Test]
    public void Is_capped_at_the_sample_size()
    {
        Assert.That(TopQuantile.TopCounts([1.0, 2.0, 3.0], [true, false, true], 0.5, 20), Is.EqualTo((3, 2)));
    }

    [Test]
    public void A_fraction_of_1_takes_every_example()
    {
        Assert.That(TopQuantile.TopCounts([1.0, 2.0, 3.0, 0.5], [true, false, true, true], 1, 0), Is.EqualTo((4, 3)));
    }

    [Test]
    public void Takes_nothing_when_the_fraction_and_the_minimum_are_0()
    {
        Assert.That(TopQuantile.TopCounts([1.0, 2.0, 3.0], [true, false, true], 0, 0), Is.EqualTo((0, 0)));
    }

    [Test]
    public void Takes_the_top_half_percent_with_a_minimum_of_20_as_in_network_dissection()
    {
        // 2000 examples, positives exactly the top 15 scores: ⌈0.005 × 2000⌉ = 10 < 20, so 20 are taken, 15 positive.
        double[] scores = Enumerable.Range(0, 2000).Select(i => (double)((i * 7919) % 2000)).ToArray();
        bool[] labels = scores.Select(s => s >= 1985).ToArray();

        Assert.That(TopQuantile.TopCounts(scores, labels, 0.005, 20), Is.EqualTo((20, 15)));
    }

    [Test]
    public void Rejects_bad_arguments()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => TopQuantile.TopCounts([1.0, 2.0], [true], 0.1, 1), Throws.ArgumentException);
            Assert.That(() => TopQuantile.TopCounts([1.0, double.NaN], [true, false], 0.1, 1), Throws.ArgumentException);
            Assert.That(() => TopQuantile.TopCounts([1.0, 2.0], [true, false], 1.5, 1), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => TopQuantile.TopCounts([1.0, 2.0], [true, false], double.NaN, 1), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => TopQuantile.TopCounts([1.0, 2.0], [true, false], 0.1, -1), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void Each_refusal_says_what_is_wrong()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => TopQuantile.TopCounts([0.1, 0.2], [true], 0.1, 1),
                Throws.ArgumentException.With.Message.Contains("There are 2 scores but 1 labels; each score needs exactly one label."));
            Assert.That(() => TopQuantile.TopCounts([0.1, 0.2], [true, false], 1.5, 1),
                Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("The top fraction must lie in [0, 1]."));
            Assert.That(() => TopQuantile.TopCounts([0.1, double.NaN], [true, false], 0.5, 1),
                Throws.ArgumentException.With.Message.Contains("Score 1 is NaN; every score must be a number."));
        });
    }
}
