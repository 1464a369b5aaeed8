using ClaimCheck;
using ClaimCheck.NUnit;
using ClaimCheck.Verdicts;
using ToyModels.Targets;

namespace ToyModels.Claims;

/// <summary>
/// Run 1's claims on a second training run of the high-sparsity regime (other seeds, the same data): the pentagon
/// comes out rotated and its features in another order around the origin.
/// </summary>
[AuditTarget(typeof(SparseRun2Target))]
[HeldOut(MinAuroc = 0.8)]
public class SparseRun2Claims
{
    [Claim("hidden dimension 0 means feature 1 (run 1's label, checked on run 2)")]
    [Unit("hidden", 0), Concept("feature1"), Means, HeldOut]
    [ExpectVerdict(Verdict.Refuted, "CLM1301")] // run 2's axis 0 lies 14° from W_4, not W_1: AUROC 0.60; it separates feature 4 at 0.99
    public void Hidden0MeansFeature1()
    {
    }

    [Claim("output unit 1 means feature 1 (on run 2)")]
    [Unit("output", 1), Concept("feature1"), Means, HeldOut]
    [ExpectVerdict(Verdict.Inconclusive, "CLM1204")] // selects feature 1 and beats the null, but feature 4 at 0.79 [0.77, 0.81] reaches the bar
    public void Output1MeansFeature1()
    {
    }
}
