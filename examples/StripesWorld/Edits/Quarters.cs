using StripesWorld.Rendering;
using StripesWorld.Scenes;

namespace StripesWorld.Edits;

/// <summary>
/// Where an added feature goes: the centre of one quarter of the image. A quarter's centre is 8 pixels from its
/// edges, so any feature of radius up to 7 fits inside the image there.
/// </summary>
public static class Quarters
{
    /// <summary>The quarters' names, in index order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["top-left", "top-right", "bottom-left", "bottom-right"];

    /// <summary>The centre (x, y) of quarter <paramref name="index"/>.</summary>
    public static (double X, double Y) Centre(int index)
    {
        double quarter = SceneRenderer.Side / 4.0;
        return (index % 2 == 0 ? quarter : 3 * quarter, index < 2 ? quarter : 3 * quarter);
    }

    /// <summary>The quarter whose centre is nearest (x, y).</summary>
    public static int Nearest(double x, double y) =>
        Enumerable.Range(0, 4).MinBy(q => Math.Pow(Centre(q).X - x, 2) + Math.Pow(Centre(q).Y - y, 2));

    /// <summary>
    /// The quarters where a feature of radius <paramref name="radius"/> would not overlap a feature of
    /// <paramref name="scene"/> (the sampler's own spacing rule), or all four when none is free.
    /// </summary>
    public static IReadOnlyList<int> Free(Scene scene, double radius)
    {
        ArgumentNullException.ThrowIfNull(scene);
        int[] free = [.. Enumerable.Range(0, 4).Where(q => scene.Features.All(f => IsApart(Centre(q), radius, f)))];
        return free.Length > 0 ? free : [0, 1, 2, 3];
    }

    private static bool IsApart((double X, double Y) centre, double radius, FeatureInstance other)
    {
        double minimum = radius + other.Size + 1;
        return Math.Pow(centre.X - other.X, 2) + Math.Pow(centre.Y - other.Y, 2) >= minimum * minimum;
    }
}
