using System;
using System.Collections.Immutable;
using System.Globalization;

namespace ClaimCheck.Evidence.HeldOut;

/// <summary>
/// The valid range of one <c>[HeldOut]</c> setting, declared once: <c>HeldOutSettings.Validate</c> checks it at run time
/// and the analyzers (which compile this file too) at compile time, and the value the code fix
/// clamps a wrong one to. An open bound is not a value, so the fix moves in from it by a readable step: 0.01, or 0.001
/// from zero (the nearest double would be a setting no one can read).
/// </summary>
internal sealed class HeldOutRange
{
    private HeldOutRange(string name, bool isInteger, double low, bool lowOpen, double high, bool highOpen, string description)
    {
        Name = name;
        IsInteger = isInteger;
        Low = low;
        LowOpen = lowOpen;
        High = high;
        HighOpen = highOpen;
        Description = description;
    }

    /// <summary>Every setting of <c>[HeldOut]</c>, with the ranges of <c>HeldOutSettings.Validate</c>.</summary>
    public static ImmutableArray<HeldOutRange> All { get; } =
    [
        new("MinAuroc", isInteger: false, 0.5, lowOpen: true, 1, highOpen: false, "in (0.5, 1]"),
        new("Alpha", isInteger: false, 0, lowOpen: true, 0.5, highOpen: false, "in (0, 0.5]"),
        new("NullDirections", isInteger: true, 200, lowOpen: false, double.PositiveInfinity, highOpen: true, "at least 200"),
        new("MinExamples", isInteger: true, 2, lowOpen: false, double.PositiveInfinity, highOpen: true, "at least 2"),
        new("MinDocuments", isInteger: true, 2, lowOpen: false, double.PositiveInfinity, highOpen: true, "at least 2"),
        new("TopQuantile", isInteger: false, 0, lowOpen: true, 1, highOpen: true, "in (0, 1)"),
        new("MinTopCount", isInteger: true, 1, lowOpen: false, double.PositiveInfinity, highOpen: true, "at least 1"),
        new("ConfidenceLevel", isInteger: false, 0.5, lowOpen: true, 1, highOpen: true, "in (0.5, 1)"),
    ];

    public string Name { get; }

    public bool IsInteger { get; }

    public double Low { get; }

    public bool LowOpen { get; }

    public double High { get; }

    public bool HighOpen { get; }

    /// <summary>The range in words, as the run-time message gives it: "in (0.5, 1]", "at least 200".</summary>
    public string Description { get; }

    public static HeldOutRange? Named(string name)
    {
        foreach (HeldOutRange range in All)
        {
            if (string.Equals(range.Name, name, StringComparison.Ordinal))
            {
                return range;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="value"/> means "not set here, inherit": NaN for the double settings and
    /// <see cref="int.MinValue"/> for the integer ones (<c>HeldOutAttribute</c>'s sentinels). Such a value is never checked.
    /// </summary>
    public bool IsUnset(double value) => IsInteger ? value == int.MinValue : double.IsNaN(value);

    public bool Contains(double value) =>
        (LowOpen ? value > Low : value >= Low) && (HighOpen ? value < High : value <= High);

    /// <summary>The valid value nearest <paramref name="value"/> (within a readable step of an open bound).</summary>
    public double Clamp(double value)
    {
        if (value <= Low || (!LowOpen && value < Low))
        {
            return LowOpen ? Low + Step(Low) : Low;
        }

        if (value >= High)
        {
            return HighOpen ? High - Step(High) : High;
        }

        return value;
    }

    /// <summary>The C# literal of <paramref name="value"/> for this setting: <c>200</c>, <c>0.51</c>, <c>1.0</c>.</summary>
    public string Literal(double value)
    {
        if (IsInteger)
        {
            return ((int)value).ToString(CultureInfo.InvariantCulture);
        }

        string text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.IndexOfAny(DecimalMarks) >= 0 ? text : text + ".0";
    }

    /// <summary>How a value is shown in the message, as <c>HeldOutSettings.Validate</c> shows it.</summary>
    public static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    // What makes a number literal a double rather than an int.
    private static readonly char[] DecimalMarks = ['.', 'E'];

    private static double Step(double bound) => bound == 0 ? 0.001 : 0.01;
}
