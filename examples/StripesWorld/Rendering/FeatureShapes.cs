using ClaimCheck.Statistics;
using StripesWorld.Scenes;

namespace StripesWorld.Rendering;

/// <summary>
/// The look of each feature kind: a function from a pixel centre to the instance's coverage there, in [0, 1]
/// (the renderer multiplies it by the contrast). Shapes precompute what they need from the instance once.
/// </summary>
internal static class FeatureShapes
{
    // Stroke half-widths, pixels: outlines thin enough to read as lines, thick enough to survive the soft edge.
    private const double OutlineHalfWidth = 0.75;
    private const double BarHalfWidth = 0.9;

    // Square patterns (stripes, checkers) use a patch of half-side 0.75·Size, so even a rotated patch stays
    // within 1.07·Size of the centre (the soft edge included, inside Size + 1.5 for every size drawn).
    private const double PatchHalfSide = 0.75;

    /// <summary>The coverage function of <paramref name="f"/>.</summary>
    public static Func<double, double, double> For(FeatureInstance f) => f.Kind switch
    {
        FeatureKind.Stripes => Stripes(f),
        FeatureKind.Curves => Curve(f),
        FeatureKind.Dots => Dots(f),
        FeatureKind.Checkers => Checkers(f),
        FeatureKind.Rings => (px, py) => Coverage.Stroke(Math.Sqrt(Sq(px - f.X) + Sq(py - f.Y)) - (0.85 * f.Size), OutlineHalfWidth),
        FeatureKind.Crosses => Cross(f),
        FeatureKind.Triangles => Triangle(f),
        FeatureKind.Blobs => Blob(f),
        _ => throw new ArgumentOutOfRangeException(nameof(f), f.Kind, "unknown feature kind"),
    };

    private static Func<double, double, double> Stripes(FeatureInstance f)
    {
        double cos = Math.Cos(f.Angle), sin = Math.Sin(f.Angle);
        double phase = new SeededRandom(f.DetailSeed).NextDouble();
        double slope = 2 * Math.PI * f.Frequency;
        return (px, py) =>
        {
            double dx = px - f.X, dy = py - f.Y;
            double u = (dx * cos) + (dy * sin), v = (-dx * sin) + (dy * cos);
            double window = Coverage.FromSignedDistance(Coverage.ToSquare(u, v, PatchHalfSide * f.Size));
            // cos(...) / slope is, near a bar's edge, the distance to that edge in pixels: a one-pixel soft edge.
            double wave = Math.Cos(2 * Math.PI * ((f.Frequency * u) + phase)) / slope;
            return window * Math.Clamp(0.5 + wave, 0, 1);
        };
    }

    private static Func<double, double, double> Checkers(FeatureInstance f)
    {
        // Axis-aligned, with a cell corner at the centre: cells of two pixels or so alias into noise when rotated
        // or cut at random phases, and then a checkerboard no longer looks like one.
        double slope = 2 * Math.PI * f.Frequency;
        return (px, py) =>
        {
            double u = px - f.X, v = py - f.Y;
            double window = Coverage.FromSignedDistance(Coverage.ToSquare(u, v, PatchHalfSide * f.Size));
            double su = Math.Sin(slope * u), sv = Math.Sin(slope * v);
            double toEdge = Math.Min(Math.Abs(su), Math.Abs(sv)) / slope;
            double signed = su * sv > 0 ? toEdge : -toEdge;
            return window * Math.Clamp(0.5 + signed, 0, 1);
        };
    }

    private static Func<double, double, double> Curve(FeatureInstance f)
    {
        // A flat arc: a circle of radius 1.6·Size whose middle passes through the instance centre, cut to a chord
        // of 1.8·Size (ends within 0.94·Size of the centre). Flatter than a ring, so "curve" and "ring" differ.
        double radius = 1.6 * f.Size;
        double halfSpan = Math.Asin(0.9 * f.Size / radius);
        double cx = f.X - (radius * Math.Cos(f.Angle)), cy = f.Y - (radius * Math.Sin(f.Angle));
        double e1x = cx + (radius * Math.Cos(f.Angle - halfSpan)), e1y = cy + (radius * Math.Sin(f.Angle - halfSpan));
        double e2x = cx + (radius * Math.Cos(f.Angle + halfSpan)), e2y = cy + (radius * Math.Sin(f.Angle + halfSpan));
        return (px, py) =>
        {
            double dx = px - cx, dy = py - cy;
            double offset = Math.IEEERemainder(Math.Atan2(dy, dx) - f.Angle, 2 * Math.PI);
            double distance = Math.Abs(offset) <= halfSpan
                ? Math.Abs(Math.Sqrt((dx * dx) + (dy * dy)) - radius)
                : Math.Min(Math.Sqrt(Sq(px - e1x) + Sq(py - e1y)), Math.Sqrt(Sq(px - e2x) + Sq(py - e2y)));
            return Coverage.Stroke(distance, OutlineHalfWidth);
        };
    }

    private static Func<double, double, double> Dots(FeatureInstance f)
    {
        const double dotRadius = 1.1, minimumGap = 2.8;
        var random = new SeededRandom(f.DetailSeed);
        int count = 4 + random.NextInt(3);
        double spread = f.Size - 1.5;
        var dots = new List<(double X, double Y)>(count);
        for (int attempt = 0; dots.Count < count && attempt < 200; attempt++)
        {
            // Uniform in the disk of radius `spread`, rejecting dots that would touch an earlier one.
            double r = spread * Math.Sqrt(random.NextDouble()), a = random.NextDouble(0, 2 * Math.PI);
            double x = f.X + (r * Math.Cos(a)), y = f.Y + (r * Math.Sin(a));
            if (dots.TrueForAll(d => Sq(d.X - x) + Sq(d.Y - y) >= minimumGap * minimumGap))
            {
                dots.Add((x, y));
            }
        }

        return (px, py) =>
        {
            double nearest = double.MaxValue;
            foreach ((double x, double y) in dots)
            {
                nearest = Math.Min(nearest, Sq(px - x) + Sq(py - y));
            }

            return Coverage.FromSignedDistance(Math.Sqrt(nearest) - dotRadius);
        };
    }

    private static Func<double, double, double> Cross(FeatureInstance f)
    {
        double ux = f.Size * Math.Cos(f.Angle), uy = f.Size * Math.Sin(f.Angle);
        return (px, py) =>
        {
            double a = Coverage.ToSegment(px, py, f.X - ux, f.Y - uy, f.X + ux, f.Y + uy);
            double b = Coverage.ToSegment(px, py, f.X + uy, f.Y - ux, f.X - uy, f.Y + ux);
            return Coverage.Stroke(Math.Min(a, b), BarHalfWidth);
        };
    }

    private static Func<double, double, double> Triangle(FeatureInstance f)
    {
        var vertices = new (double X, double Y)[3];
        for (int k = 0; k < 3; k++)
        {
            double a = f.Angle + (k * 2 * Math.PI / 3);
            vertices[k] = (f.X + (f.Size * Math.Cos(a)), f.Y + (f.Size * Math.Sin(a)));
        }

        return (px, py) =>
        {
            double nearest = double.MaxValue;
            for (int k = 0; k < 3; k++)
            {
                (double ax, double ay) = vertices[k];
                (double bx, double by) = vertices[(k + 1) % 3];
                nearest = Math.Min(nearest, Coverage.ToSegment(px, py, ax, ay, bx, by));
            }

            return Coverage.Stroke(nearest, OutlineHalfWidth);
        };
    }

    private static Func<double, double, double> Blob(FeatureInstance f)
    {
        // A soft two-pixel rim makes the disk read as a blob rather than a hard-edged coin.
        double radius = 0.7 * f.Size;
        return (px, py) => Math.Clamp(((radius - Math.Sqrt(Sq(px - f.X) + Sq(py - f.Y))) / 2) + 0.5, 0, 1);
    }

    private static double Sq(double x) => x * x;
}
