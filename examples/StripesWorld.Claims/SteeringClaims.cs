using ClaimCheck;
using ClaimCheck.NUnit;
using ClaimCheck.Verdicts;
using StripesWorld;
using StripesWorld.Dictionaries;

namespace StripesWorld.Claims;

/// <summary>
/// Steering claims about the stripes world's bottleneck: adding the subject's direction to the bottleneck, at the
/// strength of a typical activation (1 × its RMS norm), must raise the stripes logit on scenes without stripes beyond
/// what random directions of the same length do, and more than it raises any other feature's logit. Verdicts computed by
/// ClaimCheck; [ExpectVerdict] documents them.
/// </summary>
[AuditTarget(typeof(StripesWorldTarget))]
public class SteeringClaims
{
    [Claim("adding the stripes read-out direction to the bottleneck steers the stripes output")]
    [Direction("bottleneck", "stripes-readout"), Concept("stripes"), Steers, Steering(DecisionStrength = 1)]
    [ExpectVerdict(Verdict.Brittle, "CLM6005")] // raises stripes by 32.8 (p = 0.001, beyond every random direction), but checkers, blobs, crosses and triangles more: 5 units carry 8 features, so no direction of the bottleneck moves one logit alone
    public void ReadoutSteersStripes()
    {
    }

    [Claim("adding the stripes probe's direction to the bottleneck steers the stripes output")]
    [Direction("bottleneck", "stripes-probe"), Concept("stripes"), Steers, Steering(DecisionStrength = 1)]
    [ExpectVerdict(Verdict.Inconclusive, "CLM6003")] // raises stripes by 27.5, above the null's 95th percentile (24.7), p = 0.023 alone but 0.069 adjusted for the class's 4 claims: not shown, which is not evidence against it (alone it would be Brittle, CLM4302: other logits rise more)
    public void ProbeSteersStripes()
    {
    }

    [Claim("adding the SAE's stripes latent (its decoder row) to the bottleneck steers the stripes output")]
    [Latent("bottleneck", StripesSae.Name, StripesSae.StripesLatent), Concept("stripes"), Steers, Steering(DecisionStrength = 1)]
    [ExpectVerdict(Verdict.Inconclusive, "CLM6003")] // raises stripes by 26.1, p = 0.028 alone, 0.069 for the family: as the probe
    public void LatentSteersStripes()
    {
    }

    [Claim("adding another SAE latent (0) to the bottleneck steers the stripes output")]
    [Latent("bottleneck", StripesSae.Name, 0), Concept("stripes"), Steers, Steering(DecisionStrength = 1)]
    [ExpectVerdict(Verdict.Refuted, "CLM6001")] // lowers stripes by 0.34, its whole interval inside the bulk of random directions (95th percentile 23.5): a direction that does not steer stripes
    public void Latent0SteersStripes()
    {
    }
}
