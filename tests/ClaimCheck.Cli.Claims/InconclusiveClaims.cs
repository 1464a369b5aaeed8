using ClaimCheck.NUnit;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Cli.Claims;

/// <summary>
/// A claim that ends Inconclusive beside one that passes: the held-out split has 400 examples, fewer than the 500 of
/// each side the claim demands, so the evidence cannot decide (CLM1001). The tests check that `dotnet test` counts
/// both claims and that `claimcheck run` shows the inconclusive one in its own row.
/// </summary>
[AuditTarget(typeof(TwoFeatureWorld))]
public class InconclusiveClaims
{
    [Claim("unit 0 of hidden means a, judged on more examples than the held-out split has")]
    [Unit(TwoFeatureWorld.Layer, 0), Concept("a"), Means, HeldOut(MinExamples = 500)]
    [ExpectVerdict(Verdict.Inconclusive, "CLM1001")]
    public void Unit0MeansAOnTooFewExamples()
    {
    }

    [Claim("unit 0 of hidden means a")]
    [Unit(TwoFeatureWorld.Layer, 0), Concept("a"), Means, HeldOut]
    public void Unit0MeansA()
    {
    }
}
