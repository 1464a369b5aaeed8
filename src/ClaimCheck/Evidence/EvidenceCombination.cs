using ClaimCheck.Verdicts;
using ClaimCheck.Claims;

namespace ClaimCheck.Evidence;

/// <summary>
/// Combines the verdicts of a claim's kinds of evidence. The claim's kind decides which evidence is primary: held-out
/// data for Means and Detects (selectivity), ablation for Drives (cause). The primary evidence decides Refuted and
/// Brittle on its own; when it holds, failing secondary evidence makes the claim Brittle (it holds by one kind of
/// evidence and not by another), and undecided secondary evidence makes it Inconclusive. When the primary evidence is
/// undecided but held where the claim was formed, failing secondary evidence still makes it Brittle: evidence against
/// the claim beyond where it was formed outranks an undecided comparison (docs/verdicts.md).
/// </summary>
public static class EvidenceCombination
{
    /// <summary>The claim's verdict from the verdicts of its evidence (null where that evidence was not demanded).</summary>
    /// <param name="kind">The claim's kind, which names its primary evidence.</param>
    /// <param name="heldOut">The held-out verdict.</param>
    /// <param name="ablation">The ablation verdict.</param>
    /// <param name="edits">The targeted-edit verdict.</param>
    /// <param name="heldWhereFormed">Whether the primary evidence passed on the split the claim was formed on.</param>
    public static Verdict Combine(ClaimKind kind, Verdict? heldOut, Verdict? ablation, Verdict? edits = null, bool heldWhereFormed = false)
    {
        Verdict? primary = kind == ClaimKind.Drives ? ablation : heldOut;
        Verdict?[] secondary = kind == ClaimKind.Drives ? [heldOut, edits] : [ablation, edits];
        if (primary is not Verdict decided)
        {
            throw new ArgumentException($"a {kind} claim needs its primary evidence", nameof(kind));
        }

        return Combine(decided, [.. secondary.OfType<Verdict>()], heldWhereFormed);
    }

    /// <summary>The claim's verdict from its primary evidence's verdict and those of the secondary evidence demanded.</summary>
    internal static Verdict Combine(Verdict primary, IReadOnlyList<Verdict> secondary, bool heldWhereFormed)
    {
        bool againstElsewhere = secondary.Any(v => v is Verdict.Brittle or Verdict.Refuted);
        if (primary == Verdict.Inconclusive && heldWhereFormed && againstElsewhere)
        {
            return Verdict.Brittle;
        }

        if (primary != Verdict.Holds)
        {
            return primary;
        }

        if (againstElsewhere)
        {
            return Verdict.Brittle;
        }

        return secondary.Any(v => v == Verdict.Inconclusive) ? Verdict.Inconclusive : Verdict.Holds;
    }
}
