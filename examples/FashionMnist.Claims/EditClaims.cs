using ClaimCheck;
using ClaimCheck.NUnit;
using FashionMnist;

namespace FashionMnist.Claims;

/// <summary>
/// A claim checked under targeted edits of real images: swapping a non-footwear image for a footwear image must raise
/// the unit, the reverse swap must lower it, and nuisance edits (a shift of 1–2 px, brightness up to ±0.12, stripes
/// printed on the garment) must not move it by more than a quarter of its held-out gap. Failures shrink to a minimal
/// counterexample, recorded in the snapshot with the data to replay it.
/// </summary>
[AuditTarget(typeof(FashionMnistTarget))]
[HeldOut(MinAuroc = 0.8)]
public class EditClaims
{
    [Claim("unit 20 of fc1 detects footwear, also under edits")]
    [Unit("fc1", 20), Concept("footwear"), Detects, HeldOut, TargetedEdits]
    public void Unit20DetectsFootwearUnderEdits()
    {
    }
}
