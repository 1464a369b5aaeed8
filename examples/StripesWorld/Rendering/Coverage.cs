namespace StripesWorld.Rendering;

/// <summary>
/// Distance helpers that turn a signed distance (pixels, negative inside a shape) into pixel coverage with a
/// one-pixel soft edge. Soft edges keep the images smooth in the parameters, so a small shift is a small change.
/// </summary>
internal static class Coverage
{
    /// <summary>Coverage in [0, 1] of a pixel whose centre is <paramref name="signedDistance"/> from the shape's edge.</summary>
    public static double FromSignedDistance(double signedDistance) => Math.Clamp(0.5 - signedDistance, 0, 1);

    /// <summary>Coverage of a stroke of half-width <paramref name="halfWidth"/> at <paramref name="distance"/> from its centre line.</summary>
    public static double Stroke(double distance, double halfWidth) => FromSignedDistance(Math.Abs(distance) - halfWidth);

    /// <summary>Distance from point p to the segment a–b.</summary>
    public static double ToSegment(double px, double py, double ax, double ay, double bx, double by)
    {
        double abx = bx - ax, aby = by - ay;
        double t = Math.Clamp((((px - ax) * abx) + ((py - ay) * aby)) / ((abx * abx) + (aby * aby)), 0, 1);
        double dx = px - (ax + (t * abx)), dy = py - (ay + (t * aby));
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    /// <summary>Signed distance to an axis-aligned square of half-side <paramref name="half"/> centred at the origin.</summary>
    public static double ToSquare(double u, double v, double half)
    {
        double qx = Math.Abs(u) - half, qy = Math.Abs(v) - half;
        double outside = Math.Sqrt((Math.Max(qx, 0) * Math.Max(qx, 0)) + (Math.Max(qy, 0) * Math.Max(qy, 0)));
        return outside + Math.Min(Math.Max(qx, qy), 0);
    }
}
