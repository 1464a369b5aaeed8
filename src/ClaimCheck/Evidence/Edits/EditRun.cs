namespace ClaimCheck.Evidence.Edits;

/// <summary>
/// The evidence of an edit check and, per failing kind where the inputs are images, a PNG of the minimal counterexample
/// (before | after).
/// </summary>
/// <param name="Evidence">Rates, intervals, counterexamples (in words, for any input) and replay data.</param>
/// <param name="Pictures">PNG bytes per failing kind; empty for inputs that are not images.</param>
public sealed record EditRun(EditEvidence Evidence, IReadOnlyDictionary<EditKind, byte[]> Pictures)
{
    /// <summary>The counterexample replayed on request, or null.</summary>
    public EditCounterexample? Replayed { get; init; }
}
