using System.Globalization;
using ClaimCheck.Statistics;

namespace ClaimCheck.Validity.Report;

/// <summary>A count out of a total, with its Wilson 95% interval (ClaimCheck's own <see cref="Wilson"/>).</summary>
/// <param name="Count">How many.</param>
/// <param name="Total">Out of how many.</param>
public readonly record struct Rate(int Count, int Total)
{
    /// <summary>The proportion, or NaN when the total is 0.</summary>
    public double Value => Total == 0 ? double.NaN : (double)Count / Total;

    /// <summary>The Wilson 95% interval.</summary>
    public Interval Interval => Wilson.ScoreInterval(Count, Total);

    /// <summary>The Wilson interval at <paramref name="level"/>.</summary>
    public Interval IntervalAt(double level) => Wilson.ScoreInterval(Count, Total, level);

    /// <summary>The rate of items of <paramref name="items"/> that satisfy <paramref name="predicate"/>.</summary>
    public static Rate Of<T>(IReadOnlyCollection<T> items, Func<T, bool> predicate) => new(items.Count(predicate), items.Count);

    /// <summary>E.g. <c>3/400 = 0.008 [0.003, 0.022]</c>.</summary>
    public override string ToString() => Total == 0
        ? "0/0"
        : string.Create(CultureInfo.InvariantCulture, $"{Count}/{Total} = {Value:0.000} [{Interval.Lower:0.000}, {Interval.Upper:0.000}]");
}
