using ClaimCheck;
using ClaimCheck.Claims;
using ClaimCheck.NUnit;
using ClaimCheck.Verdicts;
using CodeWorld.Audit;

namespace CodeWorld.Claims;

/// <summary>
/// Claims about directions of the residual stream after block 1 (<c>blocks.1</c>, 128 features), read at the window's
/// last character: every concept's mean-difference direction, fitted on the discovery split only
/// (<see cref="MeanDifferenceDirection"/>), claimed to mean its concept, judged on files the model never saw. One claim
/// per concept, none left out. Same bar as the cell claims, set before any verdict was computed.
/// </summary>
[AuditTarget(typeof(CodeWorldTarget))]
[HeldOut(MinAuroc = 0.8)]
public class DirectionClaims
{
    [Claim("the in-string mean-difference direction of the residual stream after block 1 means strings")]
    [Direction("blocks.1", "in-string-mean-difference", Reduction = Reduction.Last), Concept("in-string"), Means, HeldOut]
    // AUROC 0.71 [0.68, 0.74] on discovery, 0.70 held out, 0.61 on numpy: a docstring line without its quotes in view looks like code
    [ExpectVerdict(Verdict.Refuted, "CLM1302")]
    public void InStringDirectionMeansInString()
    {
    }

    [Claim("the in-comment mean-difference direction of the residual stream after block 1 means comments")]
    [Direction("blocks.1", "in-comment-mean-difference", Reduction = Reduction.Last), Concept("in-comment"), Means, HeldOut]
    // AUROC 0.74 [0.71, 0.78] on discovery, 0.70 held out, 0.68 on numpy
    [ExpectVerdict(Verdict.Refuted, "CLM1302")]
    public void InCommentDirectionMeansInComment()
    {
    }

    [Claim("the in-brackets mean-difference direction of the residual stream after block 1 means characters inside brackets")]
    [Direction("blocks.1", "in-brackets-mean-difference", Reduction = Reduction.Last), Concept("in-brackets"), Means, HeldOut]
    // AUROC 0.79 [0.74, 0.83] on discovery, 0.81 [0.78, 0.85] on both held-out splits: intervals straddle the bar
    [ExpectVerdict(Verdict.Inconclusive, "CLM1002")]
    public void InBracketsDirectionMeansInBrackets()
    {
    }

    [Claim("the beyond-column-60 mean-difference direction of the residual stream after block 1 means characters beyond column 60")]
    [Direction("blocks.1", "beyond-column-60-mean-difference", Reduction = Reduction.Last), Concept("beyond-column-60"), Means, HeldOut]
    // AUROC 0.77 [0.73, 0.80] on discovery, 0.79 [0.75, 0.83] held out, 0.77 [0.73, 0.81] on numpy: every interval straddles the bar
    [ExpectVerdict(Verdict.Inconclusive, "CLM1002")]
    public void BeyondColumn60DirectionMeansBeyondColumn60()
    {
    }

    [Claim("the indented mean-difference direction of the residual stream after block 1 means indented code")]
    [Direction("blocks.1", "indented-mean-difference", Reduction = Reduction.Last), Concept("indented"), Means, HeldOut]
    // AUROC 0.72 [0.68, 0.77] on discovery, 0.69 held out (design effect 2.6), 0.67 on numpy
    [ExpectVerdict(Verdict.Refuted, "CLM1302")]
    public void IndentedDirectionMeansIndented()
    {
    }

    [Claim("the line-start mean-difference direction of the residual stream after block 1 means the first character of a line")]
    [Direction("blocks.1", "line-start-mean-difference", Reduction = Reduction.Last), Concept("line-start"), Means, HeldOut]
    public void LineStartDirectionMeansLineStart()
    {
    }

    [Claim("the in-identifier mean-difference direction of the residual stream after block 1 means identifiers")]
    [Direction("blocks.1", "in-identifier-mean-difference", Reduction = Reduction.Last), Concept("in-identifier"), Means, HeldOut]
    // AUROC 0.87 on discovery, 0.85 [0.82, 0.89] held out, 0.82 [0.79, 0.85] on numpy: the shifted interval straddles the bar
    [ExpectVerdict(Verdict.Inconclusive, "CLM1002")]
    public void InIdentifierDirectionMeansInIdentifier()
    {
    }

    [Claim("the in-keyword mean-difference direction of the residual stream after block 1 means keywords")]
    [Direction("blocks.1", "in-keyword-mean-difference", Reduction = Reduction.Last), Concept("in-keyword"), Means, HeldOut]
    // AUROC 0.85 on discovery, 0.81 [0.78, 0.85] held out, 0.80 on numpy, and it separates identifiers from the rest about as well (0.82)
    [ExpectVerdict(Verdict.Inconclusive, "CLM1002", "CLM1204")]
    public void InKeywordDirectionMeansInKeyword()
    {
    }

    [Claim("the in-number mean-difference direction of the residual stream after block 1 means numbers")]
    [Direction("blocks.1", "in-number-mean-difference", Reduction = Reduction.Last), Concept("in-number"), Means, HeldOut]
    public void InNumberDirectionMeansInNumber()
    {
    }
}
