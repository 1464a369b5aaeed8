namespace ClaimCheck.Statistics;

/// <summary>
/// A closed interval [<see cref="Lower"/>, <see cref="Upper"/>], as returned by the confidence-interval methods.
/// </summary>
/// <param name="Lower">The lower bound.</param>
/// <param name="Upper">The upper bound.</param>
public readonly record struct Interval(double Lower, double Upper)
{
    /// <summary>Whether <paramref name="x"/> lies in the interval, bounds included (NaN never does).</summary>
    /// <param name="x">The value to test.</param>
    /// <returns><see langword="true"/> when <see cref="Lower"/> &lt;= <paramref name="x"/> &lt;= <see cref="Upper"/>.</returns>
    public bool Contains(double x) => Lower <= x && x <= Upper;

    /// <summary>The width <see cref="Upper"/> − <see cref="Lower"/>.</summary>
    public double Width => Upper - Lower;
}
