using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Steering;
using ClaimCheck.Reports;
using ClaimCheck.Running;
using ClaimCheck.Tests.Ablation;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Tests.Steering;

/// <summary>Steers claims end to end through the one pipeline: fluent declaration, validation, family, verdict document.</summary>
public class SteersClaimTests
{
    private static readonly TinyTarget Target = SteeringWorld.Create();

    [OneTimeTearDown]
    public void DisposeTarget() => Target.Dispose();

    private static ClaimDefinition Steers(string direction, Func<SteeringSettings, SteeringSettings>? configure = null) =>
        Claim.That(Subjects.Direction("embed", direction))
            .Steers("c", s => (configure ?? (x => x))(s with { DecisionStrength = 1, SideEffectReadouts = ["other", "wide"] }))
            .Named($"Steering.{direction}");

    [Test]
    public void The_planted_direction_holds_and_its_document_carries_the_dose_response_and_the_null()
    {
        ClaimResult result = ClaimRunner.Run(Target, Steers("planted"));
        var document = VerdictDocument.Build(result);
        var steering = document["evidence"]!["steering"]!;

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Holds), string.Join("\n", result.Diagnostics));
            Assert.That(document["kind"]!.GetValue<string>(), Is.EqualTo("Steers"));
            Assert.That(steering["doseResponse"]!.AsArray(), Has.Count.EqualTo(5));
            Assert.That(steering["null"]!["p"]!.GetValue<double>(), Is.EqualTo(Math.Round(1.0 / 201, 3)));
            Assert.That(document["seeds"]!["steering"], Is.Not.Null);
        });
    }

    [Test]
    public void A_direction_no_readout_reads_is_refuted_and_a_sideways_one_is_brittle()
    {
        Assert.That(ClaimRunner.Run(Target, Steers("orthogonal")).Diagnostics.Select(d => d.Id), Does.Contain(SteeringDiagnosticIds.NoBetterThanNull));
        Assert.That(ClaimRunner.Run(Target, Steers("orthogonal")).Verdict, Is.EqualTo(Verdict.Refuted));
        Assert.That(ClaimRunner.Run(Target, Steers("sideways")).Verdict, Is.EqualTo(Verdict.Brittle));
    }

    [Test]
    public void A_steers_claim_without_steering_evidence_is_a_declaration_error()
    {
        ClaimDefinition claim = Steers("planted") with { Kind = ClaimKind.Steers, Demands = Claims.EvidenceMap.Empty };

        ClaimResult result = ClaimRunner.Run(Target, claim);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { DiagnosticIds.NoEvidence }));
    }

    [Test]
    public void Bad_steering_settings_are_all_reported_and_an_expectation_may_name_a_steering_id()
    {
        ClaimDefinition claim = Steers("planted", s => s with { Alpha = 2, NullDraws = 3 }) with
        {
            Expected = new ExpectedOutcome(Verdict.Brittle, [SteeringDiagnosticIds.SideEffectLarger]),
        };

        ClaimResult result = ClaimRunner.Run(Target, claim);

        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { DiagnosticIds.SettingOutOfRange, DiagnosticIds.SettingOutOfRange }));
    }

    [Test]
    public void In_a_family_the_steering_p_is_adjusted_with_the_others()
    {
        var members = new[] { "planted", "orthogonal", "sideways" }.Select(d => new FamilyMember(Steers(d), () => Target, Target.Name)).ToArray();

        IReadOnlyList<ClaimResult> results = FamilyRunner.Run(members, new ClaimFamily("steering", FamilyCorrection.Holm));

        Assert.That(results[0].Family!.AdjustedP, Is.GreaterThan(results[0].Family!.P));
        Assert.That(VerdictDocument.Build(results[0])["evidence"]!["steering"]!["null"]!["adjustedP"], Is.Not.Null);
    }
}
