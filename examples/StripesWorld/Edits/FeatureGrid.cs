using StripesWorld.Scenes;

namespace StripesWorld.Edits;

/// <summary>
/// The parameter grid edits draw features from, inside the world's own distribution (radius 5–7, contrast 0.6–1.0,
/// stripe frequency 0.22–0.33), and the complexity that shrinking lowers: 1 for the plainest instance (radius 5,
/// contrast 0.6, angle 0, period 4), plus one per radius pixel, per contrast tenth, for a turn and for another period.
/// Shrinks stay inside the distribution, so a shrunk counterexample is a fair instance of the feature, not a faint one.
/// </summary>
public static class FeatureGrid
{
    /// <summary>Smallest radius drawn.</summary>
    public const int MinRadius = 5;

    /// <summary>Largest radius drawn.</summary>
    public const int MaxRadius = 7;

    /// <summary>Lowest contrast drawn, in tenths.</summary>
    public const int MinContrastTenths = 6;

    /// <summary>Highest contrast drawn, in tenths.</summary>
    public const int MaxContrastTenths = 10;

    /// <summary>The plainest period of stripes and checkers, pixels.</summary>
    public const double PlainPeriod = 4;

    /// <summary>Angle steps: 15°.</summary>
    public const double AngleStep = Math.PI / 12;

    /// <summary>Whether the kind's look depends on its angle.</summary>
    public static bool UsesAngle(FeatureKind kind) =>
        kind is FeatureKind.Stripes or FeatureKind.Curves or FeatureKind.Crosses or FeatureKind.Triangles;

    /// <summary>Whether the kind has a period (stripes and checkers).</summary>
    public static bool IsPeriodic(FeatureKind kind) => kind is FeatureKind.Stripes or FeatureKind.Checkers;

    /// <summary>The periods a kind is drawn with: stripes 3 or 4 pixels, checkers 4 or 5 (the world's frequency ranges).</summary>
    public static IReadOnlyList<double> Periods(FeatureKind kind) => kind switch
    {
        FeatureKind.Stripes => [4, 3],
        FeatureKind.Checkers => [4, 5],
        _ => [],
    };

    /// <summary>Whether an angle is zero (up to rounding).</summary>
    public static bool IsZeroAngle(double angle) => Math.Abs(angle) < 1e-9;

    /// <summary>The instance's complexity (≥ 1).</summary>
    public static int Complexity(FeatureInstance feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        int complexity = 1 + Steps(feature.Size - MinRadius, 1) + Steps(feature.Contrast - (MinContrastTenths / 10.0), 0.1);
        if (UsesAngle(feature.Kind) && !IsZeroAngle(feature.Angle))
        {
            complexity++;
        }

        if (IsPeriodic(feature.Kind) && !IsPlainPeriod(feature))
        {
            complexity++;
        }

        return complexity;
    }

    /// <summary>Plainer versions of the instance, each of lower complexity, biggest step first; the centre stays put.</summary>
    public static IEnumerable<FeatureInstance> Shrinks(FeatureInstance feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        int complexity = Complexity(feature);
        var candidates = new List<FeatureInstance>
        {
            feature with { Size = MinRadius },
            feature with { Size = Math.Max(MinRadius, Math.Ceiling(feature.Size - 1e-6) - 1) },
            feature with { Contrast = MinContrastTenths / 10.0 },
            feature with { Contrast = Math.Max(MinContrastTenths, Math.Ceiling((feature.Contrast * 10) - 1e-6) - 1) / 10.0 },
        };
        if (UsesAngle(feature.Kind))
        {
            candidates.Add(feature with { Angle = 0 });
        }

        if (IsPeriodic(feature.Kind))
        {
            candidates.Add(feature with { Frequency = 1 / PlainPeriod });
        }

        return candidates.Where(c => Complexity(c) < complexity).Distinct();
    }

    private static bool IsPlainPeriod(FeatureInstance feature) => Math.Abs((1 / feature.Frequency) - PlainPeriod) < 1e-6;

    // Whole steps above the minimum, rounding up, so any excess at all costs a step and each shrink removes one.
    private static int Steps(double excess, double step) => excess <= 1e-6 ? 0 : (int)Math.Ceiling((excess / step) - 1e-6);
}
