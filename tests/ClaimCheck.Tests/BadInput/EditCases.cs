using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Tests.Fixtures;
using NUnit.Framework;

namespace ClaimCheck.Tests.BadInput;

/// <summary>Bad-input catalog, targeted edits: the audit target's edit code throws, or provides no edits.</summary>
public class EditCases
{
    private static readonly Claims.ClaimDefinition WithEdits = PlantedClaim.Unit(0).WithEdits(EditSettings.Default with { Cases = 20 });

    [TestCase(typeof(ThrowingGeneratorTarget), "the Add edit generator (case 0", "the add generator is broken")]
    [TestCase(typeof(ThrowingEditTarget), "the edit BrokenEdit.Apply", "this edit cannot apply itself")]
    [TestCase(typeof(ThrowingEncoderTarget), "the input encoder ThrowingEdits.Encode", "the encoder is broken")]
    public void Edit_code_that_throws_CLM5067(Type target, string what, string why)
    {
        Diagnostic error = CatalogRun.Expect(DiagnosticIds.EditGeneratorFailed, target, WithEdits);

        Assert.That(error.Message, Does.StartWith("the targeted edits of concept 'a' failed: " + what).And.Contain(why));
    }

    [Test]
    public void Target_code_that_throws_an_exception_no_rule_knows_CLM5014()
    {
        Diagnostic error = CatalogRun.Expect(DiagnosticIds.EvaluationThrew, typeof(EditsForThrowsTarget), WithEdits);

        Assert.That(error.Message, Does.EndWith("threw InvalidOperationException in EditsForThrowsTarget.EditsFor: the edit pool is not loaded"));
    }

    [Test]
    public void Edits_demanded_of_a_target_that_provides_none_CLM2003()
    {
        Assert.That(CatalogRun.Expect(DiagnosticIds.ConceptHasNoEdits, typeof(PlantedTarget), WithEdits).Message,
            Does.Contain("EditsFor"));
    }
}
