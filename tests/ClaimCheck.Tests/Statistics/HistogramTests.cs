using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Statistics;

public class HistogramTests
{
    [Test]
    public void Two_groups_share_bins_counted_by_hand()
    {
        // 16 values in all: √16 = 4 bins, raised to the minimum of 5, over [0, 10], width 2.
        double[] present = [9, 9.5, 10, 7, 8, 6];
        double[] absent = [0, 0.5, 1, 1.5, 2, 3, 3.9, 4, 5, 6.5];

        Histogram h = Histogram.Of(present, absent);

        Assert.Multiple(() =>
        {
            Assert.That(h.Edges, Is.EqualTo(new[] { 0.0, 2, 4, 6, 8, 10 }));
            // [0,2) [2,4) [4,6) [6,8) [8,10]; 10 falls in the last bin, which is closed.
            Assert.That(h.Counts[0], Is.EqualTo(new[] { 0, 0, 0, 2, 4 }));
            Assert.That(h.Counts[1], Is.EqualTo(new[] { 4, 3, 2, 1, 0 }));
        });
    }

    [Test]
    public void Bin_count_stays_within_its_bounds()
    {
        double[] few = [1, 2];
        double[] hundred = Enumerable.Range(0, 100).Select(i => i / 7.0).ToArray();
        double[] many = Enumerable.Range(0, 1 << 20).Select(i => (double)i).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(Histogram.Of(few).Counts[0], Has.Count.EqualTo(Histogram.MinBins));
            Assert.That(Histogram.Of(hundred).Counts[0], Has.Count.EqualTo(10));
            Assert.That(Histogram.Of(many).Counts[0], Has.Count.EqualTo(Histogram.MaxBins));
            Assert.That(Histogram.Of(many).Counts[0].Sum(), Is.EqualTo(many.Length));
        });
    }

    [Test]
    public void The_last_edge_is_the_maximum_exactly()
    {
        // Width 0.7/5: 0.2 + 5 × 0.14 is 0.8999999999999999 in doubles, so the last edge is set to the maximum, not summed.
        Histogram h = Histogram.Of([0.2, 0.9]);

        Assert.Multiple(() =>
        {
            Assert.That(h.Edges[^1], Is.EqualTo(0.9));
            Assert.That(h.Counts[0], Is.EqualTo(new[] { 1, 0, 0, 0, 1 }));
        });
    }

    [Test]
    public void The_square_root_rule_rounds_up()
    {
        // √50 ≈ 7.07: 8 bins.
        Assert.That(Histogram.Of([.. Enumerable.Range(0, 50).Select(i => (double)i)]).Counts[0], Has.Count.EqualTo(8));
    }

    [Test]
    public void Equal_values_get_a_bin_of_width_one_and_non_finite_values_are_left_out()
    {
        Histogram h = Histogram.Of([3, 3, 3, double.NaN, double.PositiveInfinity]);

        Assert.Multiple(() =>
        {
            Assert.That(h.Edges[0], Is.EqualTo(2.5));
            Assert.That(h.Edges[^1], Is.EqualTo(3.5));
            Assert.That(h.Counts[0].Sum(), Is.EqualTo(3));
        });
    }

    [Test]
    public void No_finite_value_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Histogram.Of([double.NaN], []));
    }

    [Test]
    public void Missing_groups_are_refused_by_name_and_groups_without_a_finite_value_say_so()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => Histogram.Of(null!),
                Throws.TypeOf<ArgumentNullException>().With.Property(nameof(ArgumentException.ParamName)).EqualTo("groups"));
            Assert.That(() => Histogram.Of([double.NaN], [double.PositiveInfinity]),
                Throws.ArgumentException.With.Message.Contains("A histogram needs at least one finite value."));
        });
    }
}
