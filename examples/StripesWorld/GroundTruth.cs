using StripesWorld.Scenes;

namespace StripesWorld;

/// <summary>
/// What is known to be true of the committed network: the designed interpretability illusion (Bolukbasi et al.
/// 2021) that ClaimCheck must catch. The values were chosen after training, from the bottleneck's response profile
/// (mean activation per unit on clean single-feature scenes, printed by
/// <c>dotnet run --project examples/StripesWorld.Train -c Release -- explore</c>); they hold for the committed weights
/// only, and the Train command's self-checks fail when retrained weights break them.
/// </summary>
/// <remarks>
/// Response profile of bottleneck unit 3 (committed weights, 200 scenes per row): empty 3.7, stripes 25.9,
/// triangles 34.7, rings 27.2, checkers 25.4, crosses 20.1, dots 11.3, curves 3.7, blobs 3.2. The unit is
/// polysemantic: it responds about as strongly to triangles, rings, checkers and crosses as to stripes, and stays at
/// its empty-scene level for curves and blobs.
/// <para>
/// A researcher who curates a discovery sample of stripes, curves, dots and blobs (one feature per image) sees unit 3
/// fire for stripes and for nothing else, and labels it "stripes". The label is an artefact of the sample: on the
/// full distribution the unit fires as much for triangles, rings and checkers, which the sample never showed. So
/// "unit 3 means stripes" must come out brittle (high AUROC on discovery, a clear response to other concepts
/// held out), while claims about the model's own read-out of stripes can hold.
/// </para>
/// </remarks>
public static class GroundTruth
{
    /// <summary>The bottleneck unit that looks like "stripes" on the discovery split.</summary>
    public const int StripesUnit = 3;

    /// <summary>The feature that unit responds to most strongly besides stripes; the discovery split never shows it.</summary>
    public const FeatureKind HiddenPreference = FeatureKind.Triangles;

    /// <summary>Every feature the unit responds to clearly besides stripes (none appears in discovery).</summary>
    public static IReadOnlyList<FeatureKind> OtherPreferences { get; } =
        [FeatureKind.Triangles, FeatureKind.Rings, FeatureKind.Checkers, FeatureKind.Crosses];

    /// <summary>
    /// The kinds the discovery split draws from: stripes plus the kinds the unit ignores (curves, blobs) or barely
    /// answers (dots, at under half its stripes response), the sample that makes unit 3 look like a stripes unit.
    /// </summary>
    public static IReadOnlyList<FeatureKind> DiscoveryKinds { get; } =
        [FeatureKind.Stripes, FeatureKind.Curves, FeatureKind.Dots, FeatureKind.Blobs];
}
