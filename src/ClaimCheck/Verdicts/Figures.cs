using System.Globalization;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verdicts;

/// <summary>Formats figures for messages: invariant culture, two decimals for scores (DESIGN.md §4), three for p-values.</summary>
internal static class Figures
{
    public static string Score(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string P(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    public static string Interval(Interval interval) => $"[{Score(interval.Lower)}, {Score(interval.Upper)}]";

    public static string ScoreWithInterval(double value, Interval interval) => $"{Score(value)} {Interval(interval)}";
}
