using ClaimCheck.NUnit;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Cli.Claims;

/// <summary>
/// Claims that are all bad input, each stating the error it meets as its expected verdict: a layer the model does not
/// have (CLM5001) and a concept the library does not know (CLM5008). None of them can be evaluated, so the tests check
/// that `dotnet test` fails them all rather than ending green with nothing counted.
/// </summary>
[AuditTarget(typeof(TwoFeatureWorld))]
public class BadInputClaims
{
    [Claim("unit 0 of a layer the model lacks means a")]
    [Unit("missing", 0), Concept("a"), Means, HeldOut]
    [ExpectVerdict(Verdict.Inconclusive, "CLM5001")]
    public void UnknownLayer()
    {
    }

    [Claim("unit 0 of hidden means a concept the library lacks")]
    [Unit(TwoFeatureWorld.Layer, 0), Concept("stripes"), Means, HeldOut]
    [ExpectVerdict(Verdict.Inconclusive, "CLM5008")]
    public void UnknownConcept()
    {
    }
}
