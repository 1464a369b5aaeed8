using ClaimCheck.Diagnostics;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Evidence;

/// <summary>What one kind of evidence decided for a claim, after its family adjustment.</summary>
/// <param name="Verdict">The verdict of this evidence alone.</param>
/// <param name="Diagnostics">The findings behind it, in the order they were made.</param>
/// <param name="Evidence">The evidence as judged (p-values adjusted by the family), which the result keeps.</param>
/// <param name="HeldWhereFormed">Whether this evidence passed where the claim was formed (read only when it is primary).</param>
/// <param name="NullUndecided">Whether the verdict waits on a null comparison too close to its level for the draws made:
/// the pipeline then measures again with more draws.</param>
internal sealed record EvidenceDecision(Verdict Verdict, IReadOnlyList<Diagnostic> Diagnostics, object Evidence, bool HeldWhereFormed, bool NullUndecided);
