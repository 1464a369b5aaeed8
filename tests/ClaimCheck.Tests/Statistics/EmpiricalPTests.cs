using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Statistics;

public class EmpiricalPTests
{
    [Test]
    public void Counts_null_scores_at_least_as_large_as_the_observed_one_plus_one()
    {
        // Nulls ≥ 0.7: 0.7 (a tie counts) and 0.9, so p = (1 + 2) / (1 + 5) = 0.5.
        Assert.That(EmpiricalP.Upper(0.7, [0.5, 0.7, 0.9, 0.6, 0.1]), Is.EqualTo(0.5));
    }

    [Test]
    public void Is_never_0_when_the_observed_score_beats_every_null()
    {
        double[] nulls = Enumerable.Range(0, 200).Select(i => i / 400.0).ToArray();

        Assert.That(EmpiricalP.Upper(0.99, nulls), Is.EqualTo(1.0 / 201.0));
    }

    [Test]
    public void Is_1_when_every_null_is_at_least_as_large()
    {
        Assert.That(EmpiricalP.Upper(0.5, [0.5, 0.6, 0.7]), Is.EqualTo(1.0));
    }

    [Test]
    public void Is_1_with_no_null_scores()
    {
        Assert.That(EmpiricalP.Upper(0.9, []), Is.EqualTo(1.0));
    }

    [Test]
    public void Infinite_scores_compare_as_numbers()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EmpiricalP.Upper(double.PositiveInfinity, [1.0, 2.0, 3.0]), Is.EqualTo(0.25));
            Assert.That(EmpiricalP.Upper(double.NegativeInfinity, [1.0, 2.0, 3.0]), Is.EqualTo(1.0));
        });
    }

    [Test]
    public void Rejects_a_NaN_observed_score()
    {
        Assert.That(() => EmpiricalP.Upper(double.NaN, [0.1, 0.2]), Throws.ArgumentException);
    }

    [Test]
    public void Rejects_a_NaN_null_score()
    {
        Assert.That(() => EmpiricalP.Upper(0.5, [0.1, double.NaN]), Throws.ArgumentException);
    }

    [Test]
    public void A_NaN_is_refused_with_a_message_that_says_which_score()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => EmpiricalP.Upper(double.NaN, [0.1, 0.2]),
                Throws.ArgumentException.With.Message.Contains("The observed score is NaN."));
            Assert.That(() => EmpiricalP.Upper(0.5, [0.1, 0.2, double.NaN]),
                Throws.ArgumentException.With.Message.Contains("Null score 2 is NaN."));
        });
    }
}
