using ClaimCheck.NUnit;

namespace ClaimCheck.Cli.Claims;

/// <summary>
/// A claim that fails on purpose: it expects Holds (no [ExpectVerdict]) from the noise unit, which is Refuted. The
/// CLI tests use it for the exit code of a failing run; its verified snapshot matches, so only the expectation fails.
/// </summary>
[AuditTarget(typeof(TwoFeatureWorld))]
public class FailingClaims
{
    [Claim("unit 3 of hidden (noise) means a, stated without the known verdict")]
    [Unit(TwoFeatureWorld.Layer, 3), Concept("a"), Means, HeldOut]
    public void Unit3MeansAUndocumented()
    {
    }
}
