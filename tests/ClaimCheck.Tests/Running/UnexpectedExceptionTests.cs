using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Running;
using ClaimCheck.Tests.BadInput;
using ClaimCheck.Tests.Fixtures;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Tests.Running;

/// <summary>An exception nobody expected inside one claim's evidence: that claim is Inconclusive with CLM5014, the others are unaffected.</summary>
public class UnexpectedExceptionTests
{
    private static readonly ClaimDefinition Plain = PlantedClaim.Unit(0);
    private static readonly ClaimDefinition WithEdits = (PlantedClaim.Unit(0) with { Id = "Planted.Unit0WithEdits" }).WithEdits(EditSettings.Default with { Cases = 20 });

    [Test]
    public void The_claim_alone_is_Inconclusive_with_CLM5014_naming_the_exception_and_where_it_was_thrown()
    {
        using var target = new EditsForThrowsTarget();

        ClaimResult result = ClaimRunner.Run(target, WithEdits);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Inconclusive));
        Diagnostic error = result.Diagnostics.Single();
        Assert.That(error.Id, Is.EqualTo(DiagnosticIds.EvaluationThrew));
        Assert.That(error.Severity, Is.EqualTo(Severity.Error));
        Assert.That(error.Message, Is.EqualTo(
            "evaluating claim 'Planted.Unit0WithEdits' threw InvalidOperationException in EditsForThrowsTarget.EditsFor: the edit pool is not loaded"));
    }

    [TestCase(FamilyCorrection.Holm)]
    [TestCase(FamilyCorrection.None)]
    public void The_other_claims_of_its_family_get_their_own_verdicts(FamilyCorrection correction)
    {
        using var target = new EditsForThrowsTarget();
        FamilyMember[] members = [new(WithEdits, () => target, target.Name), new(Plain, () => target, target.Name)];

        IReadOnlyList<ClaimResult> results = FamilyRunner.Run(members, new ClaimFamily("planted", correction));

        Assert.That(results[0].Verdict, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(results[0].Diagnostics.Single().Id, Is.EqualTo(DiagnosticIds.EvaluationThrew));
        Assert.That(results[1].Verdict, Is.EqualTo(Verdict.Holds), string.Join("\n", results[1].Diagnostics));
    }

    [Test]
    public void A_target_getter_that_throws_is_CLM5014_too()
    {
        var member = new FamilyMember(Plain, () => throw new NotSupportedException("no target today"), "absent");

        ClaimResult result = FamilyRunner.Run([member], new ClaimFamily("planted", FamilyCorrection.Holm)).Single();

        Assert.That(result.Diagnostics.Single().Id, Is.EqualTo(DiagnosticIds.EvaluationThrew));
        Assert.That(result.Diagnostics.Single().Message, Does.Contain("NotSupportedException").And.Contain("no target today"));
    }
}
