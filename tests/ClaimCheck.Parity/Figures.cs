using NUnit.Framework;

namespace ClaimCheck.Parity;

/// <summary>Compares values with PyTorch's and reports the largest difference in the test log, where CI keeps it.</summary>
internal static class Figures
{
    /// <summary>The tolerance of every float comparison with PyTorch (outputs, activations, ablation effects).</summary>
    public const double Tolerance = 1e-5;

    /// <summary>The largest absolute difference between <paramref name="actual"/> and <paramref name="expected"/>, which must have the same length.</summary>
    public static double MaxAbsDifference(ReadOnlySpan<float> actual, ReadOnlySpan<float> expected)
    {
        Assert.That(actual.Length, Is.EqualTo(expected.Length), "different numbers of values");
        double max = 0;
        for (int i = 0; i < actual.Length; i++)
        {
            double difference = Math.Abs((double)actual[i] - expected[i]);
            // NaN must fail the comparison, not vanish in Math.Max.
            max = double.IsNaN(difference) ? double.PositiveInfinity : Math.Max(max, difference);
        }

        return max;
    }

    /// <summary>Asserts that the values match PyTorch's within <see cref="Tolerance"/> and logs the figure.</summary>
    public static void AssertClose(string what, ReadOnlySpan<float> actual, ReadOnlySpan<float> expected)
    {
        double max = MaxAbsDifference(actual, expected);
        TestContext.Progress.WriteLine($"parity with PyTorch: {what}: max |difference| {max:G3} over {expected.Length} values");
        Assert.That(max, Is.LessThanOrEqualTo(Tolerance), $"{what} differs from PyTorch's by up to {max:G3}");
    }
}
