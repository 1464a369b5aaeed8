using ClaimCheck;
using ClaimCheck.Claims;
using ClaimCheck.NUnit;
using ClaimCheck.Verdicts;
using CodeWorld.Audit;

namespace CodeWorld.Claims;

/// <summary>
/// Token-level claims about single MLP neurons of the code world's transformer, read at the window's last character
/// (<c>Reduction.Last</c>): the "cells" Karpathy, Johnson and Fei-Fei (2015) reported in character-level LSTMs (quotes,
/// comments, brackets, line length, indentation), looked for in this model. Each unit is the one
/// <c>dotnet run -c Release --project examples/CodeWorld.Train -- explore</c> ranks first for its concept on the
/// discovery split (windows of the training files) and nothing else: the label a person would write after looking at
/// that sample. The held-out splits are windows of files the model never saw: the same standard library, and numpy.
/// </summary>
/// <remarks>
/// The bar, AUROC 0.8, is the one the other worlds' suites use; it was set before any verdict here was computed, and no
/// verdict moved it or changed a unit. Intervals are clustered by file (docs/dependence.md): windows of one file are not
/// independent, and each class needs 20 files.
/// </remarks>
[AuditTarget(typeof(CodeWorldTarget))]
[HeldOut(MinAuroc = 0.8)]
public class CellClaims
{
    [Claim("unit 133 of block 0's MLP detects the first character of a line")]
    [Unit("blocks.0.mlp.act", 133, Reduction = Reduction.Last), Concept("line-start"), Detects, HeldOut]
    public void Block0Unit133DetectsLineStart()
    {
    }

    [Claim("unit 133 of block 0's MLP means the first character of a line")]
    [Unit("blocks.0.mlp.act", 133, Reduction = Reduction.Last), Concept("line-start"), Means, HeldOut]
    public void Block0Unit133MeansLineStart()
    {
    }

    [Claim("unit 259 of block 1's MLP detects the first character of a line")]
    [Unit("blocks.1.mlp.act", 259, Reduction = Reduction.Last), Concept("line-start"), Detects, HeldOut]
    public void Block1Unit259DetectsLineStart()
    {
    }

    [Claim("unit 259 of block 1's MLP means the first character of a line")]
    [Unit("blocks.1.mlp.act", 259, Reduction = Reduction.Last), Concept("line-start"), Means, HeldOut]
    public void Block1Unit259MeansLineStart()
    {
    }

    [Claim("unit 499 of block 0's MLP detects numbers")]
    [Unit("blocks.0.mlp.act", 499, Reduction = Reduction.Last), Concept("in-number"), Detects, HeldOut]
    public void Block0Unit499DetectsNumbers()
    {
    }

    [Claim("unit 499 of block 0's MLP means numbers")]
    [Unit("blocks.0.mlp.act", 499, Reduction = Reduction.Last), Concept("in-number"), Means, HeldOut]
    public void Block0Unit499MeansNumbers()
    {
    }

    [Claim("unit 403 of block 1's MLP detects numbers")]
    [Unit("blocks.1.mlp.act", 403, Reduction = Reduction.Last), Concept("in-number"), Detects, HeldOut]
    public void Block1Unit403DetectsNumbers()
    {
    }

    [Claim("unit 403 of block 1's MLP means numbers")]
    [Unit("blocks.1.mlp.act", 403, Reduction = Reduction.Last), Concept("in-number"), Means, HeldOut]
    public void Block1Unit403MeansNumbers()
    {
    }

    [Claim("unit 440 of block 1's MLP, the best string cell on discovery, detects strings")]
    [Unit("blocks.1.mlp.act", 440, Reduction = Reduction.Last), Concept("in-string"), Detects, HeldOut]
    // AUROC 0.68 on discovery, 0.66 held out, 0.59 [0.55, 0.62] on numpy, where it separates comments better (0.72)
    [ExpectVerdict(Verdict.Refuted, "CLM1302")]
    public void Block1Unit440DetectsStrings()
    {
    }

    [Claim("unit 440 of block 1's MLP, the best comment cell on discovery, detects comments")]
    [Unit("blocks.1.mlp.act", 440, Reduction = Reduction.Last), Concept("in-comment"), Detects, HeldOut]
    // AUROC 0.70 [0.66, 0.74] on discovery, 0.69 on both held-out splits; 1 of its 20 top held-out windows is a comment
    [ExpectVerdict(Verdict.Refuted, "CLM1302")]
    public void Block1Unit440DetectsComments()
    {
    }

    [Claim("unit 161 of block 1's MLP detects characters inside brackets")]
    [Unit("blocks.1.mlp.act", 161, Reduction = Reduction.Last), Concept("in-brackets"), Detects, HeldOut]
    // AUROC 0.69 [0.64, 0.73] on discovery, 0.65 held out, 0.70 on numpy: above its null (p 0.009), far below the bar
    [ExpectVerdict(Verdict.Refuted, "CLM1302")]
    public void Block1Unit161DetectsBrackets()
    {
    }

    [Claim("unit 201 of block 1's MLP detects characters beyond column 60")]
    [Unit("blocks.1.mlp.act", 201, Reduction = Reduction.Last), Concept("beyond-column-60"), Detects, HeldOut]
    // AUROC 0.65 on discovery, 0.67 [0.63, 0.71] held out; 2 of its 20 top windows are beyond column 60 (base rate 0.15)
    [ExpectVerdict(Verdict.Refuted, "CLM1302")]
    public void Block1Unit201DetectsLongLines()
    {
    }

    [Claim("unit 490 of block 0's MLP detects indented code")]
    [Unit("blocks.0.mlp.act", 490, Reduction = Reduction.Last), Concept("indented"), Detects, HeldOut]
    // AUROC 0.61 on discovery, 0.55 [0.49, 0.60] held out (p 0.10): no indentation cell among the neurons
    [ExpectVerdict(Verdict.Refuted, "CLM1302")]
    public void Block0Unit490DetectsIndentation()
    {
    }

    [Claim("unit 486 of block 0's MLP detects identifiers")]
    [Unit("blocks.0.mlp.act", 486, Reduction = Reduction.Last), Concept("in-identifier"), Detects, HeldOut]
    // AUROC 0.70 [0.66, 0.75] on discovery, 0.71 held out, 0.65 on numpy: the best identifier cell is far from one
    [ExpectVerdict(Verdict.Refuted, "CLM1302")]
    public void Block0Unit486DetectsIdentifiers()
    {
    }

    [Claim("unit 7 of block 1's MLP (picked at random) detects strings")]
    [Unit("blocks.1.mlp.act", 7, Reduction = Reduction.Last), Concept("in-string"), Detects, HeldOut]
    // AUROC 0.50 [0.46, 0.55], p 0.48: typical of the layer's random read-outs, as a random unit should be
    [ExpectVerdict(Verdict.Refuted, "CLM1301")]
    public void Block1Unit7DetectsStrings()
    {
    }
}
