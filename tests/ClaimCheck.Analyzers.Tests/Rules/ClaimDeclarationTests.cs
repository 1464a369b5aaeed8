using ClaimCheck.Analyzers.Tests.Harness;
using NUnit.Framework;

namespace ClaimCheck.Analyzers.Tests.Rules;

/// <summary>CLM0001, CLM0002, CLM0003, CLM0005, CLM0006 and CLM0007: the run-time declaration checks, at compile time.</summary>
public class ClaimDeclarationTests
{
    [Test]
    public Task A_well_formed_claim_has_no_diagnostics() =>
        Verify.Diagnostics<ClaimDeclarationAnalyzer>("""
            public class Claims
            {
                [Claim("unit 3 of the bottleneck means stripes")]
                [Unit("bottleneck", 3), Concept("stripes"), Means, HeldOut(MinAuroc = 0.85)]
                [ExpectVerdict(Verdict.Brittle, "CLM1201"), ClaimSeed(7)]
                public void Unit3MeansStripes() { }

                [Claim("the stripes probe detects stripes")]
                [Direction("bottleneck", "stripes-probe"), Concept("stripes"), Detects, HeldOut]
                public Task ProbeDetectsStripes() => Task.CompletedTask;

                [Claim("units 1 and 3 together mean stripes")]
                [Units("bottleneck", 1, 3), Concept("stripes"), HeldOut]   // no kind: a Means claim
                public void UnitsMeanStripes() { }

                [Claim("the autoencoder's latent 7 means stripes")]
                [Latent("bottleneck", "stripes-sae", 7), Concept("stripes"), Means, HeldOut]   // a latent is a subject
                public void LatentMeansStripes() { }
            }
            """);

    [Test]
    public Task CLM0001_a_claim_without_a_subject() =>
        Verify.Diagnostics<ClaimDeclarationAnalyzer>("""
            public class Claims
            {
                [Claim("the bottleneck means stripes")]
                [Concept("stripes"), Means, HeldOut]
                public void {|CLM0001:BottleneckMeansStripes|}() { }
            }
            """);

    [Test]
    public Task CLM0002_a_claim_without_a_concept_or_with_an_empty_one() =>
        Verify.Diagnostics<ClaimDeclarationAnalyzer>("""
            public class Claims
            {
                [Claim, Unit("bottleneck", 3), Means, HeldOut]
                public void {|CLM0002:Unit3|}() { }

                [Claim, Unit("bottleneck", 3), Concept({|CLM0002:"  "|}), Means, HeldOut]
                public void Unit3Blank() { }

                [Claim, Unit("bottleneck", 3), Concept("stripes"), Means, HeldOut]
                public void Unit3MeansStripes() { }
            }
            """);

    [Test]
    public Task CLM0003_a_claim_without_HeldOut_on_the_method_even_when_the_class_has_one() =>
        Verify.Diagnostics<ClaimDeclarationAnalyzer>("""
            [HeldOut(MinAuroc = 0.85)]
            public class Claims
            {
                [Claim("unit 3 of the bottleneck means stripes")]
                [Unit("bottleneck", 3), Concept("stripes"), Means]
                public void {|CLM0003:Unit3MeansStripes|}() { }

                [Claim("unit 4 of the bottleneck means dots")]
                [Unit("bottleneck", 4), Concept("dots"), Means, HeldOut]
                public void Unit4MeansDots() { }
            }
            """);

    [Test]
    public Task CLM0003_a_Steers_claim_is_decided_by_steering_evidence_alone() =>
        Verify.Diagnostics<ClaimDeclarationAnalyzer>("""
            public class Claims
            {
                [Claim, Direction("bottleneck", "stripes-readout"), Concept("stripes"), Steers, Steering(DecisionStrength = 1)]
                public void ReadoutSteersStripes() { }

                // Held-out data does not show that adding a direction moves a readout.
                [Claim, Direction("bottleneck", "stripes-readout"), Concept("stripes"), Steers, HeldOut]
                public void {|CLM0003:ReadoutSteersStripesWithoutSteering|}() { }
            }
            """);

    [Test]
    public Task CLM0005_two_subjects_or_two_kinds() =>
        Verify.Diagnostics<ClaimDeclarationAnalyzer>("""
            public class Claims
            {
                [Claim, Unit("bottleneck", 3), {|CLM0005:Direction("bottleneck", "stripes-probe")|}, Concept("stripes"), HeldOut]
                public void TwoSubjects() { }

                [Claim, Unit("bottleneck", 3), Concept("stripes"), Means, {|CLM0005:Detects|}, HeldOut]
                public void TwoKinds() { }

                [Claim, Unit("bottleneck", 3), Concept("stripes"), Detects, HeldOut]
                public void OneOfEach() { }
            }
            """);

    [Test]
    public Task CLM0006_a_Drives_claim_without_ablation_evidence() =>
        Verify.Diagnostics<ClaimDeclarationAnalyzer>("""
            public class Claims
            {
                [Claim("unit 2 drives the stripes output")]
                [Unit("bottleneck", 2), Concept("stripes"), {|CLM0006:Drives|}, HeldOut]
                public void Unit2DrivesStripes() { }

                // Without evidence a Drives claim still gets CLM0006 (not CLM0003): held-out data would not decide it.
                [Claim, Unit("bottleneck", 2), Concept("stripes"), {|CLM0006:Drives|}]
                public void Unit2DrivesStripesNoEvidence() { }

                [Claim, Unit("bottleneck", 2), Concept("stripes"), Means, HeldOut]
                public void Unit2MeansStripes() { }
            }
            """);

    [Test]
    public Task CLM0007_claim_attributes_on_a_method_without_Claim() =>
        Verify.Diagnostics<ClaimDeclarationAnalyzer>("""
            [HeldOut(MinAuroc = 0.9)]   // class defaults are not claim parts
            public class Claims
            {
                [Unit("bottleneck", 2), Concept("stripes"), HeldOut]
                public void {|CLM0007:Unit2MeansStripes|}() { }

                [ExpectVerdict(Verdict.Brittle, "CLM1201")]
                public void {|CLM0007:ExpectationOnly|}() { }

                [NUnit.Framework.Test]
                public void OrdinaryTest() { }

                public void Helper() { }
            }
            """);

    [Test]
    public async Task Messages_read_as_the_run_time_ones()
    {
        string[] messages = await Messages.Of<ClaimDeclarationAnalyzer>("""
            public class BottleneckClaims
            {
                [Claim, Concept("stripes"), Means, HeldOut]
                public void NoSubject() { }

                [Claim, Unit("bottleneck", 3), Means, HeldOut]
                public void NoConcept() { }

                [Claim, Unit("bottleneck", 3), Concept("stripes"), Means]
                public void NoEvidence() { }

                [Claim, Unit("bottleneck", 3), Unit("bottleneck", 4), Concept("stripes"), Means, Detects, HeldOut]
                public void Ambiguous() { }

                [Claim, Unit("bottleneck", 2), Concept("stripes"), Drives, HeldOut]
                public void Drives() { }

                [Unit("bottleneck", 2), Concept("stripes"), HeldOut]
                public void NotAClaim() { }
            }
            """);

        Assert.That(messages, Is.EquivalentTo(new[]
        {
            "CLM0001: claim 'BottleneckClaims.NoSubject' names no subject; add [Unit], [Units], [Direction] or [Latent]",
            "CLM0002: claim 'BottleneckClaims.NoConcept' names no concept; add [Concept(\"...\")]",
            "CLM0003: claim 'BottleneckClaims.NoEvidence' demands no evidence; add [HeldOut] to the method ([HeldOut] on the class or assembly only sets defaults)",
            "CLM0005: claim 'BottleneckClaims.Ambiguous' names 2 subjects; a claim is about one",
            "CLM0005: claim 'BottleneckClaims.Ambiguous' says both Means and Detects; choose one",
            "CLM0006: claim 'BottleneckClaims.Drives' says its subject drives 'stripes', which only ablation evidence can show; held-out data shows selectivity, not cause",
            "CLM0007: 'BottleneckClaims.NotAClaim' carries [Unit], [Concept] and [HeldOut] but no [Claim], so it never runs as a claim",
        }));
    }

    [Test]
    public Task A_project_without_ClaimCheck_is_not_analyzed() =>
        Verify.Diagnostics<ClaimDeclarationAnalyzer>("""
            namespace Elsewhere
            {
                [System.AttributeUsage(System.AttributeTargets.Method)]
                public sealed class UnitAttribute(string layer, int unit) : System.Attribute;

                public class NotClaims
                {
                    [Unit("bottleneck", 3)]
                    public void Method() { }
                }
            }
            """);
}
