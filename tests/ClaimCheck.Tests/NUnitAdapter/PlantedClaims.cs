using ClaimCheck.NUnit;
using ClaimCheck.Tests.Fixtures;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Tests.NUnitAdapter;

/// <summary>
/// Claims written the way users write them, run through the NUnit adapter, with verified snapshots beside this file.
/// The planted target's ground truth says what each verdict must be.
/// </summary>
[AuditTarget(typeof(PlantedTarget))]
[HeldOut(MinAuroc = 0.85)]
public class PlantedClaims
{
    [Claim("unit 0 of the planted layer means a")]
    [Unit("layer", 0), Concept("a"), Means, HeldOut]
    public void Unit0MeansA()
    {
    }

    [Claim("unit 1 of the planted layer means a (it also reads b, which discovery never shows)")]
    [Unit("layer", 1), Concept("a"), Means, HeldOut]
    [ExpectVerdict(Verdict.Brittle, "CLM1201")]
    public void Unit1MeansA()
    {
    }

    [Claim("unit 7 of the planted layer means a (it is noise)")]
    [Unit("layer", 7), Concept("a"), Means, HeldOut]
    [ExpectVerdict(Verdict.Refuted, "CLM1301")]
    public void Unit7MeansA()
    {
    }

    [Claim("the a-axis direction means a")]
    [Direction("layer", "a-axis"), Concept("a"), Means, HeldOut(MinAuroc = 0.9)]
    public void AxisMeansA()
    {
    }
}
