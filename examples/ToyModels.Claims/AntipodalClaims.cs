using ClaimCheck;
using ClaimCheck.NUnit;
using ToyModels.Targets;

namespace ToyModels.Claims;

/// <summary>
/// Claims about S = 0.8, run 1, where four features share the plane as two antipodal pairs (0 with 4, 1 with 3):
/// along W_0 feature 4 reads negative, so it does not pass for feature 0, and the orthogonal ones read zero.
/// </summary>
[AuditTarget(typeof(S80Target))]
[HeldOut(MinAuroc = 0.8)]
public class AntipodalClaims
{
    [Claim("direction W_0 of the hidden plane means feature 0 (its antipode is feature 4)")]
    [Direction("hidden", "W0"), Concept("feature0"), Means, HeldOut]
    public void W0MeansFeature0()
    {
    }
}
