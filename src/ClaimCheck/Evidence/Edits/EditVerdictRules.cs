using ClaimCheck.Verdicts;

namespace ClaimCheck.Evidence.Edits;

/// <summary>
/// The verdict of targeted-edit evidence by the one verdict rule (docs/verdicts.md): a kind of edit that fails (its
/// failure rate's whole Wilson interval at or over the limit, or any counterexample in strict mode) makes the claim
/// Brittle, since it holds on the data but not under small changes of the input; a rate whose interval straddles the
/// limit, edits that could not be scaled, or too few cases to pass leave it Inconclusive.
/// </summary>
public static class EditVerdictRules
{
    /// <summary>The verdict of the edit evidence (its diagnostics come with the evidence).</summary>
    public static Verdict Decide(EditEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Kinds.Any(k => k.Outcome == EditOutcome.Failed))
        {
            return Verdict.Brittle;
        }

        return evidence.Passed ? Verdict.Holds : Verdict.Inconclusive;
    }
}
