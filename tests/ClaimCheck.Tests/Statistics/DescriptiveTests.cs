using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Statistics;

public class DescriptiveTests
{
    [Test]
    public void Mean_and_variance_of_a_textbook_sample()
    {
        // 2, 4, 4, 4, 5, 5, 7, 9: sum 40, mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32; sample variance 32/7.
        double[] values = [2, 4, 4, 4, 5, 5, 7, 9];

        Assert.Multiple(() =>
        {
            Assert.That(Descriptive.Mean(values), Is.EqualTo(5.0));
            Assert.That(Descriptive.Variance(values), Is.EqualTo(32.0 / 7.0).Within(1e-15));
            Assert.That(Descriptive.StandardDeviation(values), Is.EqualTo(Math.Sqrt(32.0 / 7.0)).Within(1e-15));
        });
    }

    [Test]
    public void The_variance_survives_a_large_offset()
    {
        // 1e9 + {4, 7, 13, 16}: deviations −6, −3, 3, 6 from the mean, squares 90, variance 90/3 = 30.
        // The one-pass formula Σx² − (Σx)²/n loses every digit here (Σx² ≈ 4e18, beyond double's exact integers).
        double[] values = [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16];

        Assert.That(Descriptive.Variance(values), Is.EqualTo(30.0).Within(1e-9));
    }

    [Test]
    public void The_variance_corrects_the_rounding_left_in_the_mean()
    {
        // 1e16, 1e16 + 2, 1e16 + 2: the sum 3e16 + 4 rounds to 3e16 (doubles there are 4 apart), so the mean comes out
        // 1e16, not 1e16 + 4/3, and the deviations are 0, 2, 2. Their squares alone give 8/2 = 4; Chan, Golub and
        // LeVeque's correction subtracts (Σd)²/n = 16/3 and recovers the exact variance ((4/3)² + 2·(2/3)²)/2 = 4/3.
        Assert.That(Descriptive.Variance([1e16, 1e16 + 2, 1e16 + 2]), Is.EqualTo(4.0 / 3).Within(1e-12));
    }

    [Test]
    public void The_type_7_quantile_interpolates_between_order_statistics()
    {
        // R: quantile(c(1, 2, 3, 4, 10), c(0, 0.1, 0.5, 0.9, 1)) = 1, 1.4, 3, 7.6, 10 (h = 4p; e.g. p = 0.9: 4 + 0.6 × 6).
        double[] values = [10, 3, 1, 4, 2];

        Assert.Multiple(() =>
        {
            Assert.That(Descriptive.Quantile(values, 0), Is.EqualTo(1.0));
            Assert.That(Descriptive.Quantile(values, 0.1), Is.EqualTo(1.4).Within(1e-12));
            Assert.That(Descriptive.Quantile(values, 0.5), Is.EqualTo(3.0));
            Assert.That(Descriptive.Quantile(values, 0.9), Is.EqualTo(7.6).Within(1e-12));
            Assert.That(Descriptive.Quantile(values, 1), Is.EqualTo(10.0));
            Assert.That(values, Is.EqualTo(new double[] { 10, 3, 1, 4, 2 }), "the input is not reordered");
        });
    }

    [Test]
    public void Rejects_samples_too_small_to_summarise()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => Descriptive.Mean([]), Throws.ArgumentException);
            Assert.That(() => Descriptive.Variance([1.0]), Throws.ArgumentException);
            Assert.That(() => Descriptive.Quantile([], 0.5), Throws.ArgumentException);
        });
    }

    [Test]
    public void The_quantile_rejects_NaN_values_and_bad_probabilities()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => Descriptive.Quantile([1.0, double.NaN], 0.5), Throws.ArgumentException);
            Assert.That(() => Descriptive.Quantile([1.0, 2.0], 1.5), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void Two_values_are_enough_for_a_variance()
    {
        // 3 and 7: mean 5, squared deviations 4 + 4, variance 8 / 1.
        Assert.That(Descriptive.Variance([3.0, 7.0]), Is.EqualTo(8.0));
    }

    [Test]
    public void Each_refusal_says_what_was_wrong_with_the_input()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => Descriptive.Mean([]), Throws.ArgumentException.With.Message.Contains("mean of no values"));
            Assert.That(() => Descriptive.Variance([1.0]), Throws.ArgumentException.With.Message.Contains("at least two values; there are 1"));
            Assert.That(() => Descriptive.Quantile([], 0.5), Throws.ArgumentException.With.Message.Contains("quantile of no values"));
            Assert.That(() => Descriptive.Quantile([1.0, double.NaN], 0.5), Throws.ArgumentException.With.Message.Contains("containing NaN"));
            Assert.That(() => Descriptive.Quantile([1.0, 2.0], -0.1), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("must lie in [0, 1]"));
        });
    }
}
