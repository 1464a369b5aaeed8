namespace ClaimCheck.Evidence.HeldOut;

/// <summary>One split's plot data: the subject's score against its null, its activations by concept, token examples.</summary>
/// <param name="Split">The split's name.</param>
/// <param name="Role">"discovery" or "held-out".</param>
/// <param name="Auroc">The subject's AUROC, or null when it could not be computed.</param>
/// <param name="Interval">The AUROC's interval as [lower, upper].</param>
/// <param name="NullP">The null's p-value of the AUROC.</param>
/// <param name="NullQuantile95">The null's 95th percentile.</param>
/// <param name="Null">The null draws' AUROCs.</param>
public sealed record HeldOutSplitPlot(
    string Split, string Role, double? Auroc, IReadOnlyList<double?> Interval, double? NullP, double? NullQuantile95, IReadOnlyList<double?> Null)
{
    /// <summary>The plot data key of held-out evidence.</summary>
    public const string Key = "heldOut";

    /// <summary>The held-out entry of <paramref name="plots"/> (one per split, discovery first), or null when there is none.</summary>
    public static IReadOnlyList<HeldOutSplitPlot>? In(EvidencePlots plots) =>
        (plots ?? throw new ArgumentNullException(nameof(plots))).Get(Key, HeldOutPlotJson.Default.IReadOnlyListHeldOutSplitPlot);

    /// <summary>A copy of <paramref name="plots"/> with <paramref name="splits"/> as its held-out entry.</summary>
    public static EvidencePlots Into(EvidencePlots plots, IReadOnlyList<HeldOutSplitPlot> splits) =>
        (plots ?? throw new ArgumentNullException(nameof(plots))).With(Key, splits, HeldOutPlotJson.Default.IReadOnlyListHeldOutSplitPlot);

    /// <summary>The subject's activations binned by concept present and absent, or null when not recorded.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public ConceptHistogram? Activations { get; init; }

    /// <summary>Token-level examples (targets that give tokens), or null when there are none.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<TokenExamplePlot>? TokenExamples { get; init; }
}

/// <summary>One example shown token by token with the subject's score at each token.</summary>
/// <param name="Kind">Why it is shown, e.g. "top" or "missed".</param>
/// <param name="Index">The example's index in its split.</param>
/// <param name="Document">The document it comes from, or null.</param>
/// <param name="Concept">Whether the concept is present.</param>
/// <param name="Score">The subject's score at the labelled (last) token.</param>
/// <param name="Tokens">The tokens' text.</param>
/// <param name="Activations">The subject's score at each token.</param>
public sealed record TokenExamplePlot(
    string Kind, int Index, string? Document, bool Concept, double? Score, IReadOnlyList<string> Tokens, IReadOnlyList<double?> Activations);
