using ClaimCheck;
using ClaimCheck.NUnit;
using ClaimCheck.Verdicts;
using ToyModels.Targets;

namespace ToyModels.Claims;

/// <summary>
/// Claims about the high-sparsity regime (S = 0.97, run 1), where all five features share the plane as a pentagon.
/// Along W_i the two neighbours at 72° leave cos 72° ≈ 0.31 of themselves, so the direction responds to them too;
/// the output unit's ReLU and negative bias cut that interference off.
/// </summary>
[AuditTarget(typeof(SparseTarget))]
[HeldOut(MinAuroc = 0.8)]
public class SparseClaims
{
    [Claim("direction W_1 of the hidden plane means feature 1")]
    [Direction("hidden", "W1"), Concept("feature1"), Means, HeldOut]
    [ExpectVerdict(Verdict.Brittle, "CLM1003", "CLM1201")] // also responds to its neighbours at 72°: feature 2 (AUROC 0.87) and feature 0 (0.84); p = 0.040 becomes 0.147 for the family of 6 (undecided, CLM1003)
    public void W1MeansFeature1()
    {
    }

    [Claim("direction W_1 of the hidden plane detects feature 1")]
    [Direction("hidden", "W1"), Concept("feature1"), Detects, HeldOut]
    [ExpectVerdict(Verdict.Inconclusive, "CLM1003")] // AUROC 0.99 on both splits; p = 0.033 on discovery, 0.040 held out (the exact share of the plane as good), 0.147 for the family of 6: the null's resolution at α (README: the null in a 2-D layer)
    public void W1DetectsFeature1()
    {
    }

    [Claim("output unit 1 means feature 1")]
    [Unit("output", 1), Concept("feature1"), Means, HeldOut]
    [ExpectVerdict(Verdict.Inconclusive, "CLM1003")] // AUROC 0.99, but p = 0.020 against random directions of the 5-D output becomes 0.105 for the family of 6: not shown held out (README: the null in small layers)
    public void Output1MeansFeature1()
    {
    }

    [Claim("direction W_3 of the hidden plane means feature 3")]
    [Direction("hidden", "W3"), Concept("feature3"), Means, HeldOut]
    // AUROC 0.98 on discovery, but p = 0.050 there against the layer's 19,199 null draws: too close to α to decide
    // (CLM4303), so it is not shown where it was formed. (Before the layer's null was shared, another draw gave p = 0.046
    // there and the verdict Brittle: it also responds to its neighbours at 72°, feature 4 (AUROC 0.87) and feature 0 (0.83).)
    [ExpectVerdict(Verdict.Inconclusive, "CLM4303")]
    public void W3MeansFeature3()
    {
    }

    [Claim("output unit 3 means feature 3")]
    [Unit("output", 3), Concept("feature3"), Means, HeldOut]
    [ExpectVerdict(Verdict.Inconclusive, "CLM1003", "CLM1204")] // AUROC 0.99, but p = 0.017 becomes 0.105 for the family of 6; feature 4 at 0.81 [0.79, 0.83] reaches the bar
    public void Output3MeansFeature3()
    {
    }

    [Claim("hidden dimension 0 means feature 1 (the label this run suggests: W_1 lies 18° from axis 0)")]
    [Unit("hidden", 0), Concept("feature1"), Means, HeldOut]
    [ExpectVerdict(Verdict.Inconclusive, "CLM1003")] // AUROC 0.99, yet 10% of the plane's directions separate feature 1 as well: p = 0.105, not shown but not typical of the null either (README: the null in a 2-D layer)
    public void Hidden0MeansFeature1()
    {
    }
}
