using ClaimCheck;
using ClaimCheck.NUnit;
using ClaimCheck.Verdicts;
using ToyModels.Targets;

namespace ToyModels.Claims;

/// <summary>
/// The same claims on a second training run of the dense regime (other seeds, the same data). The loss sees W only
/// through WᵀW, so the hidden plane may come out rotated: a label tied to a hidden axis need not carry over, a label
/// tied to the feature's own direction should.
/// </summary>
[AuditTarget(typeof(DenseRun2Target))]
[HeldOut(MinAuroc = 0.8)]
public class DenseRun2Claims
{
    [Claim("hidden dimension 0 means feature 0 (run 1's label, checked on run 2)")]
    [Unit("hidden", 0), Concept("feature0"), Means, HeldOut]
    [ExpectVerdict(Verdict.Refuted, "CLM1301")] // run 2's plane is rotated: axis 0 mixes features 0 and 1 (cos 0.65, -0.76); AUROC 0.81, p = 0.29 against random directions
    public void Hidden0MeansFeature0()
    {
    }

    [Claim("direction W_0 of the hidden plane means feature 0 (on run 2)")]
    [Direction("hidden", "W0"), Concept("feature0"), Means, HeldOut]
    public void W0MeansFeature0()
    {
    }
}
