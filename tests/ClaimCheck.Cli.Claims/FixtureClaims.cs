using ClaimCheck.NUnit;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Cli.Claims;

/// <summary>Claims that pass: their verdicts are the documented ones and match the verified snapshots beside this file.</summary>
[AuditTarget(typeof(TwoFeatureWorld))]
public class FixtureClaims
{
    [Claim("unit 0 of hidden means a")]
    [Unit(TwoFeatureWorld.Layer, 0), Concept("a"), Means, HeldOut]
    public void Unit0MeansA()
    {
    }

    [Claim("unit 3 of hidden (noise) means a")]
    [Unit(TwoFeatureWorld.Layer, 3), Concept("a"), Means, HeldOut]
    [ExpectVerdict(Verdict.Refuted, "CLM1301")]
    public void Unit3MeansA()
    {
    }
}
