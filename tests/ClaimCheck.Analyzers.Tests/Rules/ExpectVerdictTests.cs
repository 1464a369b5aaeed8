using ClaimCheck.Analyzers.Tests.Harness;
using NUnit.Framework;

namespace ClaimCheck.Analyzers.Tests.Rules;

/// <summary>CLM0011: [ExpectVerdict] naming an ID that is not in the catalog.</summary>
public class ExpectVerdictTests
{
    [Test]
    public Task Catalog_IDs_pass_however_they_are_written() =>
        Verify.Diagnostics<ExpectVerdictAnalyzer>("""
            public class Claims
            {
                [Claim, Unit("l", 0), Concept("c"), HeldOut, ExpectVerdict(Verdict.Brittle, "CLM1201", DiagnosticIds.FailsOnHeldOut)]
                public void Listed() { }

                [Claim, Unit("l", 0), Concept("c"), HeldOut, ExpectVerdict(Verdict.Refuted, new[] { "CLM1301" })]
                public void AsArray() { }

                [Claim, Unit("l", 0), Concept("c"), HeldOut, ExpectVerdict(Verdict.Inconclusive, ["CLM1001", "CLM1002"])]
                public void AsCollection() { }

                // A kind of evidence's own IDs are in the catalog too.
                [Claim, Direction("l", "d"), Concept("c"), Steers, Steering, ExpectVerdict(Verdict.Brittle, "CLM6005")]
                public void SteeringId() { }

                [Claim, Unit("l", 0), Concept("c"), HeldOut, ExpectVerdict(Verdict.Holds)]
                public void NoIds() { }
            }
            """);

    [Test]
    public Task IDs_outside_the_catalog_are_reported_each_where_it_is_written() =>
        Verify.Diagnostics<ExpectVerdictAnalyzer>("""
            public class Claims
            {
                [Claim, Unit("l", 0), Concept("c"), HeldOut, ExpectVerdict(Verdict.Brittle, "CLM1201", {|CLM0011:"CLM1210"|})]
                public void Typo() { }

                [Claim, Unit("l", 0), Concept("c"), HeldOut, ExpectVerdict(Verdict.Brittle, new[] { {|CLM0011:"clm1201"|} })]
                public void LowerCase() { }

                [Claim, Unit("l", 0), Concept("c"), HeldOut, ExpectVerdict(Verdict.Brittle, [{|CLM0011:"CA1000"|}, {|CLM0011:""|}])]
                public void NotOurs() { }
            }
            """);

    [Test]
    public async Task The_message_suggests_the_ID_one_slip_away()
    {
        string[] messages = await Messages.Of<ExpectVerdictAnalyzer>("""
            public class Claims
            {
                [Claim, Unit("l", 0), Concept("c"), HeldOut, ExpectVerdict(Verdict.Brittle, "CLM1210", "CLM9999")]
                public void C() { }
            }
            """);

        Assert.That(messages, Is.EqualTo(new[]
        {
            "CLM0011: 'CLM1210' is not a ClaimCheck diagnostic ID, so the expectation can never be met; did you mean CLM1201?",
            "CLM0011: 'CLM9999' is not a ClaimCheck diagnostic ID, so the expectation can never be met",
        }));
    }
}
