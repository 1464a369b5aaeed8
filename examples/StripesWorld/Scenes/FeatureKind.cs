namespace StripesWorld.Scenes;

/// <summary>
/// The kinds of feature a scene can contain. Each is a localized pattern (it covers a patch, never the whole image),
/// and each is one concept of the world. The numeric values are the indices of the network's output logits.
/// </summary>
public enum FeatureKind
{
    /// <summary>Parallel bars in a square patch (orientation, frequency, contrast).</summary>
    Stripes = 0,

    /// <summary>A thin circular arc, much flatter than a ring.</summary>
    Curves = 1,

    /// <summary>A cluster of four to six small dots.</summary>
    Dots = 2,

    /// <summary>A checkerboard in a square patch.</summary>
    Checkers = 3,

    /// <summary>A thin circle outline.</summary>
    Rings = 4,

    /// <summary>Two bars crossing at right angles.</summary>
    Crosses = 5,

    /// <summary>An equilateral triangle outline.</summary>
    Triangles = 6,

    /// <summary>A filled disk with a soft edge.</summary>
    Blobs = 7,
}
