using ClaimCheck;
using ClaimCheck.NUnit;
using ClaimCheck.Verdicts;
using ToyModels.Targets;

namespace ToyModels.Claims;

/// <summary>
/// Claims about the dense regime (S = 0, run 1). The paper: the model keeps the two most important features on
/// orthogonal directions and ignores the other three. So W_0 and W_1 mean their features, while anything about an
/// ignored feature has nothing to stand on.
/// </summary>
[AuditTarget(typeof(DenseTarget))]
[HeldOut(MinAuroc = 0.8)]
public class DenseClaims
{
    [Claim("direction W_0 of the hidden plane means feature 0")]
    [Direction("hidden", "W0"), Concept("feature0"), Means, HeldOut]
    public void W0MeansFeature0()
    {
    }

    [Claim("direction W_1 of the hidden plane means feature 1")]
    [Direction("hidden", "W1"), Concept("feature1"), Means, HeldOut]
    public void W1MeansFeature1()
    {
    }

    [Claim("direction W_4 (an ignored feature: ‖W_4‖ ≈ 0.003) means feature 4")]
    [Direction("hidden", "W4"), Concept("feature4"), Means, HeldOut]
    [ExpectVerdict(Verdict.Refuted, "CLM1302")] // W_4 ≈ 0: the direction is arbitrary and x_4 barely moves h; AUROC 0.51 [0.49, 0.53], wholly below the bar
    public void W4MeansFeature4()
    {
    }

    [Claim("output unit 0 means feature 0")]
    [Unit("output", 0), Concept("feature0"), Means, HeldOut]
    public void Output0MeansFeature0()
    {
    }

    [Claim("output unit 4 (an ignored feature, x'_4 ≈ b_4) means feature 4")]
    [Unit("output", 4), Concept("feature4"), Means, HeldOut]
    [ExpectVerdict(Verdict.Refuted, "CLM1302")] // x'_4 ≈ b_4 whatever x_4 is: AUROC 0.51 [0.49, 0.53], wholly below the bar
    public void Output4MeansFeature4()
    {
    }

    [Claim("hidden dimension 0 means feature 0 (the label this run suggests: W_0 lies 9° from axis 0)")]
    [Unit("hidden", 0), Concept("feature0"), Means, HeldOut]
    public void Hidden0MeansFeature0()
    {
    }
}
