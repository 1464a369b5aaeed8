using ClaimCheck;
using ClaimCheck.Claims;
using ClaimCheck.NUnit;
using ClaimCheck.Verdicts;
using CodeWorld.Audit;

namespace CodeWorld.Claims;

/// <summary>
/// Claims about the logistic probes of the residual stream after block 1 that also demand targeted text edits
/// (<see cref="CodeWorld.Edits.CodeEdits"/>): opening or closing a string, a comment or a bracket a few characters before
/// the labelled one must move the probe by the concept's held-out gap, and nuisance edits (renames, spacing, comments on
/// other lines) must not. The probes are those of <see cref="ProbeClaims"/>, chosen there for every concept with edits;
/// none was picked for how it did under edits.
/// </summary>
[AuditTarget(typeof(CodeWorldTarget))]
[HeldOut(MinAuroc = 0.8)]
public class EditClaims
{
    [Claim("the in-brackets probe of the residual stream after block 1 detects characters inside brackets, also under edits")]
    [Direction("blocks.1", "in-brackets-probe", Reduction = Reduction.Last), Concept("in-brackets"), Detects, HeldOut, TargetedEdits]
    // Held out it holds (ProbeClaims); under edits it does not: opening a bracket 2 characters before the labelled one raises
    // it by 0.29Δ against the 0.5Δ an add needs (93 of 100 adds fail), deleting the opening bracket 71 of 100: the probe
    // reads what usually comes with brackets (argument lists, commas), not the bracket.
    [ExpectVerdict(Verdict.Brittle, "CLM2005", "CLM2101", "CLM2102")]
    public void InBracketsProbeDetectsBracketsUnderEdits()
    {
    }

    [Claim("the in-string probe of the residual stream after block 1 detects strings, also under edits")]
    [Direction("blocks.1", "in-string-probe", Reduction = Reduction.Last), Concept("in-string"), Detects, HeldOut, TargetedEdits]
    // Undecided held out (AUROC 0.81 [0.78, 0.85]); edits break it: 78 of 100 adds and 82 of 100 removes fail.
    [ExpectVerdict(Verdict.Brittle, "CLM1002", "CLM2005", "CLM2101", "CLM2102")]
    public void InStringProbeDetectsStringsUnderEdits()
    {
    }

    [Claim("the in-comment probe of the residual stream after block 1 detects comments, also under edits")]
    [Direction("blocks.1", "in-comment-probe", Reduction = Reduction.Last), Concept("in-comment"), Detects, HeldOut, TargetedEdits]
    // Undecided on numpy (AUROC 0.83 [0.80, 0.86]); starting a comment 3 characters before raises it by 0.38Δ only (61 of
    // 100 adds fail), deleting the # 83 of 100.
    [ExpectVerdict(Verdict.Brittle, "CLM1002", "CLM2101", "CLM2102")]
    public void InCommentProbeDetectsCommentsUnderEdits()
    {
    }
}
