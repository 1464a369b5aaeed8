using ClaimCheck;
using ClaimCheck.Claims;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.NUnit;
using ClaimCheck.Verdicts;
using CodeWorld.Audit;

namespace CodeWorld.Claims;

/// <summary>
/// Claims that a cell drives the model's next-character prediction where its concept holds: the cell is set to its
/// held-out mean at every position of the window, and the log-probability of the character that truly follows the
/// window's last one is read at that position, against the same ablation of random units of the layer. The cells are
/// the two of block 1 that hold held out (<see cref="CellClaims"/>); no other cell was tried. The string probe's claim
/// patches instead: the probe's component at every position is taken from the window with its string closed or its
/// opening quote deleted (the smallest removal the lexer confirms, <see cref="CodeWorld.Edits.CodeCounterparts"/>);
/// windows whose string the window alone does not show have no such removal and are left out, and counted. Every null draw reruns the
/// whole transformer on every window (its MLP is not a chain of layers), so each claim ablates a seeded subsample of 60
/// windows of the held-out split, 30 with the concept and 30 without.
/// </summary>
[AuditTarget(typeof(CodeWorldTarget))]
public class AblationClaims
{
    [Claim("unit 403 of block 1's MLP drives the prediction of the next character inside numbers")]
    [Unit("blocks.1.mlp.act", 403, Reduction = Reduction.Last), Concept("in-number"), Drives]
    [Ablation(AblationKind.Mean, Readout = CodeWorldTarget.TrueNextLogProb, MaxExamples = 60)]
    // Removing it makes the true next character slightly more likely, not less (a drop of −0.03 [−0.07, 0.01]): not shown to
    // drive the prediction, which is not evidence that it does not (p = 0.998 against each of the layer's other 511 units).
    [ExpectVerdict(Verdict.Inconclusive, "CLM3207")]
    public void Block1Unit403DrivesNumbers()
    {
    }

    [Claim("unit 259 of block 1's MLP drives the prediction of the next character at line starts")]
    [Unit("blocks.1.mlp.act", 259, Reduction = Reduction.Last), Concept("line-start"), Drives]
    [Ablation(AblationKind.Mean, Readout = CodeWorldTarget.TrueNextLogProb, MaxExamples = 60)]
    // A drop of −0.00 [−0.01, 0.01], p = 0.701: one neuron of 512 moves the next-character prediction by next to nothing.
    [ExpectVerdict(Verdict.Inconclusive, "CLM3207")]
    public void Block1Unit259DrivesLineStarts()
    {
    }

    [Claim("the in-string probe of the residual stream after block 1 drives the next character inside strings: patching it from windows with the string closed changes the prediction")]
    [Direction("blocks.1", "in-string-probe", Reduction = Reduction.Last), Concept("in-string"), Drives]
    [Ablation(AblationKind.Patch, Readout = CodeWorldTarget.TrueNextLogProb, MaxExamples = 60)]
    // 138 of the held-out string windows have no removal the window shows (their string opened before it) and are left
    // out; on 60 of the rest the patch moves the true next character's log-probability by 0.00 [−0.01, 0.01], inside what
    // 599 random directions patched the same way do (p = 0.438): the probe reads strings, the model does not use it to
    // predict inside them.
    [ExpectVerdict(Verdict.Refuted, "CLM3201")]
    public void InStringProbePatchedDrivesStrings()
    {
    }
}
