namespace StripesWorld.Scenes;

/// <summary>
/// One feature drawn in a scene. All lengths are in pixels of the 32×32 image, whose pixel (i, j) has its centre at
/// (i + 0.5, j + 0.5). Every lit pixel of the instance lies within <see cref="Size"/> + 1.5 of its centre (soft edge
/// included), so an instance is localized and <see cref="Shifted"/> moves all of it.
/// </summary>
/// <param name="Kind">What is drawn.</param>
/// <param name="X">Centre, horizontal (0 = left edge).</param>
/// <param name="Y">Centre, vertical (0 = top edge).</param>
/// <param name="Size">Radius of the patch the feature occupies.</param>
/// <param name="Angle">Orientation in radians (stripes: the bars' normal; arcs: where the arc bulges; checkers: ignored, always axis-aligned).</param>
/// <param name="Frequency">Cycles per pixel for stripes and checkers; ignored by the other kinds.</param>
/// <param name="Contrast">Peak intensity the feature is drawn with, in (0, 1].</param>
/// <param name="DetailSeed">Seeds the details a kind draws at random (dot positions, stripe phase), so rendering stays pure.</param>
public sealed record FeatureInstance(
    FeatureKind Kind,
    double X,
    double Y,
    double Size,
    double Angle,
    double Frequency,
    double Contrast,
    ulong DetailSeed)
{
    /// <summary>The same instance moved by (<paramref name="dx"/>, <paramref name="dy"/>) pixels.</summary>
    public FeatureInstance Shifted(double dx, double dy) => this with { X = X + dx, Y = Y + dy };

    /// <summary>The same instance drawn with another peak intensity.</summary>
    public FeatureInstance WithContrast(double contrast) => this with { Contrast = contrast };

    /// <summary>Whether the disk of radius <see cref="Size"/> + 1 around the centre (what the sampler keeps inside) lies inside a square image of side <paramref name="side"/>.</summary>
    public bool FitsIn(int side) =>
        X - Size - 1 >= 0 && Y - Size - 1 >= 0 && X + Size + 1 <= side && Y + Size + 1 <= side;
}
