using System.Globalization;
using StripesWorld.Scenes;

namespace StripesWorld.Edits;

/// <summary>How edits name features and scenes in counterexamples.</summary>
public static class FeatureWords
{
    /// <summary>The kind as a noun phrase: "stripes", "a triangle", "a checkerboard".</summary>
    public static string Noun(FeatureKind kind) => kind switch
    {
        FeatureKind.Stripes => "stripes",
        FeatureKind.Curves => "a curve",
        FeatureKind.Dots => "dots",
        FeatureKind.Checkers => "a checkerboard",
        FeatureKind.Rings => "a ring",
        FeatureKind.Crosses => "a cross",
        FeatureKind.Triangles => "a triangle",
        FeatureKind.Blobs => "a blob",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown feature kind"),
    };

    /// <summary>An instance with its parameters, e.g. "stripes (vertical, period 4, contrast 0.6, radius 5)".</summary>
    public static string Describe(FeatureInstance feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        var parts = new List<string>();
        if (feature.Kind == FeatureKind.Stripes)
        {
            parts.Add(StripeOrientation(feature.Angle));
        }
        else if (FeatureGrid.UsesAngle(feature.Kind) && !FeatureGrid.IsZeroAngle(feature.Angle))
        {
            parts.Add(Invariant($"turned {Degrees(feature.Angle):0}°"));
        }

        if (FeatureGrid.IsPeriodic(feature.Kind))
        {
            parts.Add(Invariant($"period {1 / feature.Frequency:0.#}"));
        }

        parts.Add(Invariant($"contrast {feature.Contrast:0.0#}"));
        parts.Add(Invariant($"radius {feature.Size:0.#}"));
        return $"{Noun(feature.Kind)} ({string.Join(", ", parts)})";
    }

    /// <summary>A scene by its contents: "an empty scene", "a scene with dots and a triangle".</summary>
    public static string Describe(Scene scene)
    {
        ArgumentNullException.ThrowIfNull(scene);
        if (scene.Features.IsEmpty)
        {
            return "an empty scene";
        }

        string[] nouns = [.. scene.Features.Select(f => Noun(f.Kind))];
        string list = nouns.Length == 1 ? nouns[0] : string.Join(", ", nouns[..^1]) + " and " + nouns[^1];
        return $"a scene with {list}";
    }

    private static string StripeOrientation(double angle)
    {
        // The angle is the bars' normal: normal along x means vertical bars.
        double degrees = ((Degrees(angle) % 180) + 180) % 180;
        return degrees switch
        {
            < 0.5 or > 179.5 => "vertical",
            > 89.5 and < 90.5 => "horizontal",
            _ => Invariant($"oblique, normal at {degrees:0}°"),
        };
    }

    private static double Degrees(double radians) => radians * 180 / Math.PI;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
