using ClaimCheck.Claims;

namespace ClaimCheck.Verdicts;

/// <summary>
/// Combines the verdicts of a claim's kinds of evidence. The claim's kind decides which evidence is primary: held-out
/// data for Means and Detects (selectivity), ablation for Drives (cause). The primary evidence decides Refuted,
/// Inconclusive and Brittle on its own; when it holds, failing secondary evidence makes the claim Brittle (it holds by
/// one kind of evidence and not by another), and undecided secondary evidence makes it Inconclusive.
/// </summary>
public static class EvidenceCombination
{
    /// <summary>The claim's verdict from the verdicts of its evidence (null where that evidence was not demanded).</summary>
    public static Verdict Combine(ClaimKind kind, Verdict? heldOut, Verdict? ablation, Verdict? edits = null)
    {
        Verdict? primary = kind == ClaimKind.Drives ? ablation : heldOut;
        Verdict?[] secondary = kind == ClaimKind.Drives ? [heldOut, edits] : [ablation, edits];
        if (primary is not Verdict decided)
        {
            throw new ArgumentException($"a {kind} claim needs its primary evidence", nameof(kind));
        }

        if (decided != Verdict.Holds)
        {
            return decided;
        }

        if (secondary.Any(v => v is Verdict.Brittle or Verdict.Refuted))
        {
            return Verdict.Brittle;
        }

        return secondary.Any(v => v == Verdict.Inconclusive) ? Verdict.Inconclusive : Verdict.Holds;
    }
}
