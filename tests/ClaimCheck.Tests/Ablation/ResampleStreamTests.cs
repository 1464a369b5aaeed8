using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Ablation;

/// <summary>
/// The ablation bootstrap's <see cref="ResampleStream"/> is <see cref="SeededRandom"/>'s stream: the same 64-bit values
/// and the same <see cref="SeededRandom.NextInt(int)"/> draws from the same seed, so every interval is bit for bit what a
/// loop over <c>NextInt</c> gives.
/// </summary>
public class ResampleStreamTests
{
    private static readonly ulong[] Seeds = [0, 1, 42, 0x9E3779B97F4A7C15UL, ulong.MaxValue];

    private static readonly int[] Bounds = [1, 2, 3, 7, 97, 1000, 1023, 4096, 1_000_003, (1 << 30) + 1, int.MaxValue];

    [TestCaseSource(nameof(Seeds))]
    public void The_stream_is_SeededRandom_s_stream(ulong seed)
    {
        var stream = new ResampleStream(seed);
        var random = new SeededRandom(seed);

        ulong[] got = [.. Enumerable.Range(0, 10_000).Select(_ => stream.NextUInt64())];
        ulong[] expected = [.. Enumerable.Range(0, 10_000).Select(_ => random.NextUInt64())];

        Assert.That(got, Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(Bounds))]
    public void Its_draws_are_NextInt_s_draws(int bound)
    {
        var stream = new ResampleStream(99);
        var random = new SeededRandom(99);
        ulong threshold = ResampleStream.Threshold((ulong)bound);

        int[] got = [.. Enumerable.Range(0, 20_000).Select(_ => stream.NextInt((ulong)bound, threshold))];
        int[] expected = [.. Enumerable.Range(0, 20_000).Select(_ => random.NextInt(bound))];

        Assert.Multiple(() =>
        {
            Assert.That(got, Is.EqualTo(expected));
            Assert.That(stream.NextUInt64(), Is.EqualTo(random.NextUInt64()), "both consumed the stream alike");
        });
    }

    [Test]
    public void Bootstrap_intervals_are_those_of_a_loop_over_NextInt()
    {
        var data = new SeededRandom(5);
        double[] a = [.. Enumerable.Range(0, 731).Select(_ => data.NextGaussian())];
        double[] b = [.. Enumerable.Range(0, 1_250).Select(_ => data.NextGaussian() + 0.3)];

        Interval mean = MeanBootstrap.Mean(a, 500, 0.95, seed: 8);
        Interval difference = MeanBootstrap.Difference(a, b, 500, 0.95, seed: 9);

        var reference = new SeededRandom(8);
        double[] means = [.. Enumerable.Range(0, 500).Select(_ => ReferenceMean(a, reference))];
        var referenceDifference = new SeededRandom(9);
        double[] differences = [.. Enumerable.Range(0, 500).Select(_ => ReferenceMean(a, referenceDifference) - ReferenceMean(b, referenceDifference))];
        Assert.Multiple(() =>
        {
            Assert.That(Bits(mean), Is.EqualTo(Bits(Percentiles(means))));
            Assert.That(Bits(difference), Is.EqualTo(Bits(Percentiles(differences))));
        });
    }

    // The bootstrap as it was first written: one NextInt of a SeededRandom per resampled value, summed in draw order.
    private static double ReferenceMean(double[] values, SeededRandom random)
    {
        double sum = 0;
        for (int k = 0; k < values.Length; k++)
        {
            sum += values[random.NextInt(values.Length)];
        }

        return sum / values.Length;
    }

    private static Interval Percentiles(double[] statistics)
    {
        Array.Sort(statistics);
        double tail = (1 - 0.95) / 2;
        return new Interval(Descriptive.QuantileOfSorted(statistics, tail), Descriptive.QuantileOfSorted(statistics, 1 - tail));
    }

    private static long[] Bits(Interval interval) => [BitConverter.DoubleToInt64Bits(interval.Lower), BitConverter.DoubleToInt64Bits(interval.Upper)];
}
