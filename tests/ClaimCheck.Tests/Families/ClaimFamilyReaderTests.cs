using System.Reflection;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Running;
using ClaimCheck.Tests.NUnitAdapter;
using NUnit.Framework;

namespace ClaimCheck.Tests.Families;

/// <summary>Which family a claim method belongs to: declared method → class → assembly, else its class.</summary>
public class ClaimFamilyReaderTests
{
    private static MethodInfo Method(Type type, string name) => type.GetMethod(name)!;

    [Test]
    public void Without_a_declaration_the_family_is_the_class()
    {
        FamilyDeclaration family = ClaimFamilyReader.Read(Method(typeof(PlantedClaims), nameof(PlantedClaims.Unit0MeansA)));

        Assert.That(family.Family, Is.EqualTo(new ClaimFamily(typeof(PlantedClaims).FullName!, FamilyCorrection.Holm)));
        Assert.That(family.Members.Select(m => m.Name), Is.EquivalentTo(new[] { "AxisMeansA", "Unit0MeansA", "Unit1MeansA", "Unit7MeansA" }));
    }

    [Test]
    public void A_named_family_gathers_claims_of_several_classes_and_a_method_can_leave_it()
    {
        FamilyDeclaration family = ClaimFamilyReader.Read(Method(typeof(FamilyFixtures.NamedOne), nameof(FamilyFixtures.NamedOne.First)));

        Assert.That(family.Family, Is.EqualTo(new ClaimFamily("named", FamilyCorrection.BenjaminiHochberg)));
        Assert.That(family.Members.Select(m => $"{m.DeclaringType!.Name}.{m.Name}"), Is.EqualTo(new[] { "NamedOne.First", "NamedTwo.Third" }));
        Assert.That(ClaimFamilyReader.Read(Method(typeof(FamilyFixtures.NamedOne), nameof(FamilyFixtures.NamedOne.Second))).Family.Name, Is.EqualTo("alone"));
    }

    [Test]
    public void One_family_name_with_two_corrections_is_CLM4301()
    {
        var error = Assert.Throws<ClaimCheckException>(() => ClaimFamilyReader.Read(Method(typeof(FamilyFixtures.Clash), nameof(FamilyFixtures.Clash.Claim))));

        Assert.That(error!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.InvalidClaimFamily));
    }

    [Test]
    public void An_empty_family_name_is_CLM4301()
    {
        var error = Assert.Throws<ClaimCheckException>(() => ClaimFamilyReader.Read(Method(typeof(FamilyFixtures.Unnamed), nameof(FamilyFixtures.Unnamed.Claim))));

        Assert.That(error!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.InvalidClaimFamily));
    }
}
