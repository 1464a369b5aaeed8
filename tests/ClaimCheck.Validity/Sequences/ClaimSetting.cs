namespace ClaimCheck.Validity.Sequences;

/// <summary>
/// One setting of the sequence claims study: the subject unit's data (<see cref="DocumentSetting"/>), how the layer's
/// other units behave (they are the null the claim's p-value counts against), and the claim's bar.
/// </summary>
/// <param name="Data">How the subject unit, the concept and the documents are drawn.</param>
/// <param name="OthersAlike">
/// Whether the other units are drawn like the subject (autocorrelated with document offsets) or as independent noise per
/// token. Alike, the null of other units carries the subject's dependence and protects the claim by itself; independent,
/// only the subject drifts with its documents, and the interval alone stands between a null claim and Holds.
/// </param>
/// <param name="MinAuroc">The claim's bar: the lower end of the AUROC's interval must clear it.</param>
internal sealed record ClaimSetting(DocumentSetting Data, bool OthersAlike, double MinAuroc)
{
    /// <summary>Units of the layer: the subject (unit 0) and its null of 15 others.</summary>
    public const int Units = 16;

    /// <summary>The setting's name in the report.</summary>
    public string Name => FormattableString.Invariant(
        $"{Data.Name}; other units {(OthersAlike ? "alike" : "independent per token")}; bar {MinAuroc}");

    /// <summary>The settings of the study: both kinds of layer, at a low bar and at the default.</summary>
    public static IReadOnlyList<ClaimSetting> All { get; } =
    [
        new(DocumentSetting.Autocorrelated(40), OthersAlike: false, MinAuroc: 0.52),
        new(DocumentSetting.Autocorrelated(40), OthersAlike: true, MinAuroc: 0.52),
        new(DocumentSetting.Autocorrelated(40), OthersAlike: false, MinAuroc: 0.8),
        new(DocumentSetting.Autocorrelated(40, effect: 1.5), OthersAlike: false, MinAuroc: 0.52),
    ];
}
