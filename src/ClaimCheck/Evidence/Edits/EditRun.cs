namespace ClaimCheck.Evidence.Edits;

/// <summary>
/// The evidence of an edit check and, per failing kind where the inputs are images, the minimal counterexample drawn as
/// pixels (before | after).
/// </summary>
/// <param name="Evidence">Rates, intervals, counterexamples (in words, for any input) and replay data.</param>
/// <param name="Pictures">The smallest failing case of each failing kind, drawn as pixels (base | edited); empty for inputs that are not images.</param>
public sealed record EditRun(EditEvidence Evidence, IReadOnlyDictionary<EditKind, PixelImage> Pictures)
{
    /// <summary>The counterexample replayed on request, or null.</summary>
    public EditCounterexample? Replayed { get; init; }
}
