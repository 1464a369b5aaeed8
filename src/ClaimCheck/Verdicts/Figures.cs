using System.Globalization;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verdicts;

/// <summary>Formats figures for messages: invariant culture, two decimals for scores (what snapshots compare), three for p-values.</summary>
internal static class Figures
{
    /// <summary>"95th percentile" for 0.95: how the null's critical value is named in messages.</summary>
    public static string Percentile(double probability) =>
        $"{(100 * probability).ToString("0.#", CultureInfo.InvariantCulture)}th percentile";

    public static string Score(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string P(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>"p = 0.025", or "p = 0.025, 0.125 adjusted for the family" where the family adjustment changed it.</summary>
    public static string PWithAdjusted(double raw, double adjusted) =>
        raw == adjusted ? $"p = {P(raw)}" : $"p = {P(raw)}, {P(adjusted)} adjusted for the family";

    public static string Interval(Interval interval) => $"[{Score(interval.Lower)}, {Score(interval.Upper)}]";

    public static string ScoreWithInterval(double value, Interval interval) => $"{Score(value)} {Interval(interval)}";
}
