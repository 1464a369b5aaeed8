namespace ClaimCheck.Statistics;

/// <summary>
/// A seeded percentile bootstrap of several figures measured on the same examples, resampled jointly: each resample
/// draws one set of example indices and takes the mean of every column over it. Every interval of a steering
/// measurement (its first user) comes from the same resamples, so figures that combine columns (the change between two strengths, the
/// margin of the intended effect over a side effect, which takes the absolute value of a mean) keep the columns'
/// correlation, and the examples are drawn once per resample rather than once per figure.
/// </summary>
internal sealed class JointBootstrap
{
    private readonly double[][] _means;
    private readonly double _level;

    /// <param name="columns">Per-example values, one array per figure, all of the same length (at least 1).</param>
    /// <param name="resamples">How many resamples.</param>
    /// <param name="level">The confidence level of every interval.</param>
    /// <param name="random">The seeded source of the resamples.</param>
    public JointBootstrap(IReadOnlyList<IReadOnlyList<double>> columns, int resamples, double level, SeededRandom random)
    {
        int n = columns[0].Count;
        _level = level;
        _means = new double[resamples][];
        for (int r = 0; r < resamples; r++)
        {
            double[] sums = new double[columns.Count];
            for (int k = 0; k < n; k++)
            {
                int i = random.NextInt(n);
                for (int c = 0; c < sums.Length; c++)
                {
                    sums[c] += columns[c][i];
                }
            }

            for (int c = 0; c < sums.Length; c++)
            {
                sums[c] /= n;
            }

            _means[r] = sums;
        }
    }

    /// <summary>The percentile interval of the mean of column <paramref name="column"/>.</summary>
    public Interval Mean(int column) => Of(means => means[column]);

    /// <summary>The percentile interval of a statistic of the columns' means, e.g. the difference of two.</summary>
    public Interval Of(Func<double[], double> statistic)
    {
        double[] values = [.. _means.Select(statistic)];
        Array.Sort(values);
        double tail = (1 - _level) / 2;
        return new Interval(Descriptive.QuantileOfSorted(values, tail), Descriptive.QuantileOfSorted(values, 1 - tail));
    }
}
