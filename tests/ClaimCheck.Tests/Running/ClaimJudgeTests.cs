using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Running;
using ClaimCheck.Tests.Fixtures;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Tests.Running;

/// <summary>How a claim's result becomes a test outcome (docs/outcomes.md), without a test host.</summary>
public class ClaimJudgeTests
{
    private static readonly PlantedTarget Target = new();

    [Test]
    public void Bad_input_fails_even_when_the_expectation_names_its_error()
    {
        ClaimDefinition claim = PlantedClaim.Unit(0, layer: "encoder.missing") with
        {
            Expected = new ExpectedOutcome(Verdict.Inconclusive, [DiagnosticIds.UnknownLayer]),
        };
        ClaimResult result = ClaimRunner.Run(Target, claim);

        ClaimOutcome outcome = ClaimJudge.Judge(result, snapshot: null);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(outcome.Status, Is.EqualTo(OutcomeStatus.Failed));
        Assert.That(outcome.Message, Does.Contain("CLM5001").And.Contain("an error diagnostic fails the claim, whatever it expects"));
    }

    [Test]
    public void An_expected_inconclusive_verdict_without_errors_stays_inconclusive()
    {
        ClaimDefinition claim = PlantedClaim.Unit(0, spec: new HeldOutSettings { MinExamples = 100_000 }) with
        {
            Expected = new ExpectedOutcome(Verdict.Inconclusive, [DiagnosticIds.TooFewExamples]),
        };
        ClaimResult result = ClaimRunner.Run(Target, claim);

        ClaimOutcome outcome = ClaimJudge.Judge(result, snapshot: null);

        Assert.That(result.HasErrors, Is.False, string.Join("\n", result.Diagnostics));
        Assert.That(outcome.Status, Is.EqualTo(OutcomeStatus.Inconclusive), outcome.Message);
    }
}
