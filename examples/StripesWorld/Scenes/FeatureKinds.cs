namespace StripesWorld.Scenes;

/// <summary>The feature kinds in logit order, with the concept names and descriptions claims use.</summary>
public static class FeatureKinds
{
    /// <summary>Every feature kind, in the order of the network's logits.</summary>
    public static IReadOnlyList<FeatureKind> All { get; } = Enum.GetValues<FeatureKind>();

    /// <summary>The kind whose concept name is <paramref name="concept"/>, or null when no kind has that name.</summary>
    public static FeatureKind? FromConceptName(string concept) =>
        All.Cast<FeatureKind?>().FirstOrDefault(kind => kind!.Value.ConceptName() == concept);

    /// <summary>The number of feature kinds (the width of the network's head).</summary>
    public static int Count => All.Count;

    /// <summary>The concept name of <paramref name="kind"/>: the lowercase kind name, e.g. <c>stripes</c>.</summary>
    public static string ConceptName(this FeatureKind kind) => kind switch
    {
        FeatureKind.Stripes => "stripes",
        FeatureKind.Curves => "curves",
        FeatureKind.Dots => "dots",
        FeatureKind.Checkers => "checkers",
        FeatureKind.Rings => "rings",
        FeatureKind.Crosses => "crosses",
        FeatureKind.Triangles => "triangles",
        FeatureKind.Blobs => "blobs",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown feature kind"),
    };

    /// <summary>A one-line description of <paramref name="kind"/> for reports.</summary>
    public static string Description(this FeatureKind kind) => kind switch
    {
        FeatureKind.Stripes => "parallel bars in a square patch",
        FeatureKind.Curves => "a thin, flat circular arc",
        FeatureKind.Dots => "a cluster of four to six small dots",
        FeatureKind.Checkers => "a checkerboard in a square patch",
        FeatureKind.Rings => "a thin circle outline",
        FeatureKind.Crosses => "two bars crossing at right angles",
        FeatureKind.Triangles => "an equilateral triangle outline",
        FeatureKind.Blobs => "a filled disk with a soft edge",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown feature kind"),
    };
}
