using ClaimCheck.Claims;
using ClaimCheck.Tests.Fixtures;

namespace ClaimCheck.Tests.Families;

/// <summary>
/// Claim methods that only the family reader looks at: marked with a claim attribute the core knows but NUnit does not
/// run, so declaring broken families here fails no test by itself.
/// </summary>
public static class FamilyFixtures
{
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class ReadOnlyClaimAttribute() : ClaimDeclarationAttribute("a claim only read, never run", "");

    [AuditTarget(typeof(PlantedTarget))]
    [ClaimFamily("named", Correction = FamilyCorrection.BenjaminiHochberg)]
    public class NamedOne
    {
        [ReadOnlyClaim, Unit("layer", 0), Concept("a"), Means, HeldOut]
        public void First()
        {
        }

        [ReadOnlyClaim, Unit("layer", 0), Concept("a"), Means, HeldOut, ClaimFamily("alone")]
        public void Second()
        {
        }
    }

    [AuditTarget(typeof(PlantedTarget))]
    public class NamedTwo
    {
        [ReadOnlyClaim, Unit("layer", 0), Concept("a"), Means, HeldOut, ClaimFamily("named", Correction = FamilyCorrection.BenjaminiHochberg)]
        public void Third()
        {
        }
    }

    [AuditTarget(typeof(PlantedTarget))]
    [ClaimFamily("clash")]
    public class Clash
    {
        [ReadOnlyClaim, Unit("layer", 0), Concept("a"), Means, HeldOut]
        public void Claim()
        {
        }
    }

    [AuditTarget(typeof(PlantedTarget))]
    [ClaimFamily("clash", Correction = FamilyCorrection.None)]
    public class ClashToo
    {
        [ReadOnlyClaim, Unit("layer", 0), Concept("a"), Means, HeldOut]
        public void Claim()
        {
        }
    }

    [AuditTarget(typeof(PlantedTarget))]
    [ClaimFamily("")]
    public class Unnamed
    {
        [ReadOnlyClaim, Unit("layer", 0), Concept("a"), Means, HeldOut]
        public void Claim()
        {
        }
    }
}
