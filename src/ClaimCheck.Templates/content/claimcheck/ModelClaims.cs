using ClaimCheck;
using ClaimCheck.NUnit;

namespace ClaimCheck.Audit;

/// <summary>
/// Claims about the model. Each one is a test: `dotnet test` prints its verdict and compares the verdict document with
/// the verified snapshot beside this file ({Class}.{Method}.verified.json). A new or changed claim writes a
/// .received.json to review; accept it with `CLAIMCHECK_ACCEPT=1 dotnet test` and commit the .verified.json.
/// </summary>
[AuditTarget(typeof(AuditModelTarget))]
public class ModelClaims
{
    [Claim("unit 0 of the hidden layer means x0 is high")]
    [Unit("act", 0), Concept("x0-high"), Means, HeldOut]
    public void Unit0MeansX0High()
    {
    }
}
