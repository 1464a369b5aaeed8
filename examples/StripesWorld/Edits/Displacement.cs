using System.Globalization;

namespace StripesWorld.Edits;

/// <summary>Whole-pixel displacements: their size, their smaller versions and their words.</summary>
internal static class Displacement
{
    /// <summary>|dx| + |dy|.</summary>
    public static int Size(int dx, int dy) => Math.Abs(dx) + Math.Abs(dy);

    /// <summary>Displacements one pixel shorter on one axis (never zero overall), the larger axis first.</summary>
    public static IEnumerable<(int Dx, int Dy)> Shrinks(int dx, int dy)
    {
        var candidates = new List<(int, int)>();
        if (dx != 0)
        {
            candidates.Add((0, dy));
            candidates.Add((dx - Math.Sign(dx), dy));
        }

        if (dy != 0)
        {
            candidates.Add((dx, 0));
            candidates.Add((dx, dy - Math.Sign(dy)));
        }

        return candidates.Where(c => c != (0, 0)).Distinct();
    }

    /// <summary>"2 px right and 1 px up".</summary>
    public static string Words(int dx, int dy)
    {
        var parts = new List<string>();
        if (dx != 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{Math.Abs(dx)} px {(dx > 0 ? "right" : "left")}"));
        }

        if (dy != 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{Math.Abs(dy)} px {(dy > 0 ? "down" : "up")}"));
        }

        return string.Join(" and ", parts);
    }
}
