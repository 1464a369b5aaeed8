using ClaimCheck;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.NUnit;
using ClaimCheck.Verdicts;
using StripesWorld;

namespace StripesWorld.Claims;

/// <summary>
/// Claims checked under targeted edits of the input: adding stripes to a scene must raise the subject, removing them
/// must lower it, and nuisance edits (a shift, brightness, noise, another feature) must not move it much. Failures
/// shrink to a minimal counterexample, which the snapshot records with the data to replay it. The read-out claim is
/// also judged in held-out ranks (Scale = Rank), where the empty scenes' tail at −56 logits cannot inflate Δ: it is
/// Brittle on both scales.
/// </summary>
[AuditTarget(typeof(StripesWorldTarget))]
[HeldOut(MinAuroc = 0.8)]
public class EditClaims
{
    [Claim("unit 3 of the bottleneck means stripes, also under edits")]
    [Unit("bottleneck", 3), Concept("stripes"), Means, HeldOut, TargetedEdits]
    [ExpectVerdict(Verdict.Brittle, "CLM1102", "CLM1204", "CLM2101", "CLM2102", "CLM2103")]
    public void Unit3MeansStripesUnderEdits()
    {
    }

    [Claim("the stripes read-out direction detects stripes, also under edits")]
    [Direction("bottleneck", "stripes-readout"), Concept("stripes"), Detects, HeldOut, TargetedEdits]
    [ExpectVerdict(Verdict.Brittle, "CLM2101", "CLM2102", "CLM2103")] // holds on the data, not under edits of busy scenes
    public void ReadoutDetectsStripesUnderEdits()
    {
    }

    [Claim("the stripes read-out direction detects stripes, also under edits judged in held-out ranks")]
    [Direction("bottleneck", "stripes-readout"), Concept("stripes"), Detects, HeldOut, TargetedEdits(Scale = EditScaleKind.Rank)]
    [ExpectVerdict(Verdict.Brittle, "CLM2101", "CLM2102", "CLM2103")] // in ranks too: adding dots to an empty scene raises it by 0.37Δ
    public void ReadoutDetectsStripesUnderEditsInRanks()
    {
    }
}
