using System.Globalization;
using System.Text.Json.Nodes;
using ClaimCheck.Statistics;

namespace ClaimCheck.Evidence;

/// <summary>
/// How numbers are written into a verdict document: scores to 2 decimals and p-values to 3 in the snapshot reviewers
/// read (so noise in the last bits never shows as a diff), unrounded in the full-precision attachment.
/// </summary>
internal readonly struct Rounding(bool fullPrecision)
{
    /// <summary>Whether numbers are written unrounded.</summary>
    public bool FullPrecision => fullPrecision;

    /// <summary>A score, effect or AUROC.</summary>
    public double Score(double value) => fullPrecision || !double.IsFinite(value) ? value : Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>A p-value.</summary>
    public double P(double value) => fullPrecision ? value : Math.Round(value, 3, MidpointRounding.AwayFromZero);

    /// <summary>An interval as [lower, upper], each a score.</summary>
    public JsonArray Interval(Interval interval) => [Score(interval.Lower), Score(interval.Upper)];

    /// <summary>A seed as 16 hex digits, so it reads the same in every language.</summary>
    public static string Hex(ulong value) => "0x" + value.ToString("x16", CultureInfo.InvariantCulture);
}
