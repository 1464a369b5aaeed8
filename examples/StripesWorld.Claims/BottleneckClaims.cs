using ClaimCheck;
using ClaimCheck.NUnit;
using ClaimCheck.Verdicts;
using StripesWorld;

namespace StripesWorld.Claims;

/// <summary>
/// Claims about the stripes world's bottleneck (5 units for 8 features, so its units are polysemantic). Each
/// verdict below was computed by ClaimCheck from the world's data; [ExpectVerdict] documents it, and the verified
/// snapshot beside this file pins the figures behind it.
/// </summary>
[AuditTarget(typeof(StripesWorldTarget))]
[HeldOut(MinAuroc = 0.8)]
public class BottleneckClaims
{
    [Claim("unit 3 of the bottleneck means stripes")]
    [Unit("bottleneck", 3), Concept("stripes"), Means, HeldOut]
    [ExpectVerdict(Verdict.Brittle, "CLM1102", "CLM1204")] // AUROC 1.00 on the curated sample, 0.62 held out: it tracks triangles better
    public void Unit3MeansStripes()
    {
    }

    [Claim("the model's own stripes read-out direction detects stripes")]
    [Direction("bottleneck", "stripes-readout"), Concept("stripes"), Detects, HeldOut]
    public void ReadoutDetectsStripes()
    {
    }

    [Claim("the model's own stripes read-out direction means stripes")]
    [Direction("bottleneck", "stripes-readout"), Concept("stripes"), Means, HeldOut]
    [ExpectVerdict(Verdict.Brittle, "CLM1201", "CLM1204")] // detects stripes, but also triangles and checkers: not specific
    public void ReadoutMeansStripes()
    {
    }

    [Claim("the stripes probe fitted on the discovery sample means stripes")]
    [Direction("bottleneck", "stripes-probe"), Concept("stripes"), Means, HeldOut]
    [ExpectVerdict(Verdict.Brittle, "CLM1102", "CLM1201", "CLM1204")] // a probe fitted on a narrow sample inherits its blind spots
    public void ProbeMeansStripes()
    {
    }

    [Claim("unit 1 of the bottleneck (picked at random) means stripes")]
    [Unit("bottleneck", 1), Concept("stripes"), Means, HeldOut]
    [ExpectVerdict(Verdict.Refuted, "CLM1301")]
    public void Unit1MeansStripes()
    {
    }
}
