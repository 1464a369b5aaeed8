using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.NUnit;
using ClaimCheck.Running;
using ClaimCheck.Tests.Fixtures;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Tests.NUnitAdapter;

public class ClaimReaderTests
{
    [Test]
    public void Reads_subject_concept_kind_expectation_and_layers_held_out_settings_class_then_method()
    {
        ClaimDeclaration declaration = ClaimReader.Read(typeof(PlantedClaims).GetMethod(nameof(PlantedClaims.AxisMeansA))!);

        Assert.Multiple(() =>
        {
            Assert.That(declaration.Definition.Id, Is.EqualTo("PlantedClaims.AxisMeansA"));
            Assert.That(declaration.Definition.Subject, Is.EqualTo(new DirectionSubject("layer", "a-axis")));
            Assert.That(declaration.Definition.Concept, Is.EqualTo("a"));
            Assert.That(declaration.Definition.Kind, Is.EqualTo(ClaimKind.Means));
            Assert.That(declaration.Definition.HeldOut!.MinAuroc, Is.EqualTo(0.9), "method overrides class");
            Assert.That(declaration.TargetType, Is.EqualTo(typeof(PlantedTarget)));
            Assert.That(declaration.SnapshotDirectory, Does.EndWith("NUnitAdapter"));
        });
    }

    [Test]
    public void Class_settings_apply_where_the_method_sets_none()
    {
        ClaimDeclaration declaration = ClaimReader.Read(typeof(PlantedClaims).GetMethod(nameof(PlantedClaims.Unit1MeansA))!);

        Assert.That(declaration.Definition.HeldOut!.MinAuroc, Is.EqualTo(0.85));
        Assert.That(declaration.Definition.HeldOut!.Alpha, Is.EqualTo(new HeldOutSettings().Alpha));
        Assert.That(declaration.Definition.Expected, Is.EqualTo(new ExpectedOutcome(Verdict.Brittle, ["CLM1201"])).Using<ExpectedOutcome>(
            (a, b) => a.Verdict == b.Verdict && a.DiagnosticIds.SequenceEqual(b.DiagnosticIds)));
    }

    [TestCase(nameof(MalformedClaims.NoSubject), DiagnosticIds.NoSubject)]
    [TestCase(nameof(MalformedClaims.NoConcept), DiagnosticIds.NoConcept)]
    [TestCase(nameof(MalformedClaims.TwoSubjects), DiagnosticIds.AmbiguousClaim)]
    [TestCase(nameof(MalformedClaims.TwoKinds), DiagnosticIds.AmbiguousClaim)]
    public void Malformed_declarations_get_their_ids(string method, string id)
    {
        Assert.That(() => ClaimReader.Read(typeof(MalformedClaims).GetMethod(method)!),
            Throws.TypeOf<ClaimCheckException>().With.Property(nameof(ClaimCheckException.Diagnostic)).Property(nameof(Diagnostic.Id)).EqualTo(id));
    }

    [Test]
    public void A_claim_outside_a_class_bound_to_an_audit_target_gets_CLM0004()
    {
        Assert.That(() => ClaimReader.Read(typeof(UnboundClaims).GetMethod(nameof(UnboundClaims.Claim))!),
            Throws.TypeOf<ClaimCheckException>().With.Property(nameof(ClaimCheckException.Diagnostic)).Property(nameof(Diagnostic.Id)).EqualTo(DiagnosticIds.NoAuditTarget));
    }

    // Not test fixtures: these classes exist to be read, so their methods carry no [Claim] NUnit would run...
    // except through reflection here. [Claim] is needed for the reader, so the classes are kept abstract.
    // They are malformed on purpose, so the analyzers' compile-time twins of these checks are silenced here.
#pragma warning disable CLM0001, CLM0002, CLM0004, CLM0005
    public abstract class MalformedClaims
    {
        [Claim, Concept("a"), HeldOut]
        public void NoSubject()
        {
        }

        [Claim, Unit("layer", 0), HeldOut]
        public void NoConcept()
        {
        }

        [Claim, Unit("layer", 0), Unit("layer", 1), Concept("a"), HeldOut]
        public void TwoSubjects()
        {
        }

        [Claim, Unit("layer", 0), Concept("a"), Means, Detects, HeldOut]
        public void TwoKinds()
        {
        }
    }

    public abstract class UnboundClaims
    {
        [Claim, Unit("layer", 0), Concept("a"), HeldOut]
        public void Claim()
        {
        }
    }
#pragma warning restore CLM0001, CLM0002, CLM0004, CLM0005
}
