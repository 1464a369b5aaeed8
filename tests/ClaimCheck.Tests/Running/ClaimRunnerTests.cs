using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Running;
using ClaimCheck.Tests.Fixtures;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Tests.Running;

/// <summary>End-to-end verdicts on the planted target, whose ground truth is known by construction.</summary>
public class ClaimRunnerTests
{
    private static readonly PlantedTarget Target = new();

    [Test]
    public void A_monosemantic_unit_holds()
    {
        ClaimResult result = ClaimRunner.Run(Target, PlantedClaim.Unit(0));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Holds), string.Join("\n", result.Diagnostics));
        Assert.That(result.HeldOut!.HeldOut[0].AurocInterval.Lower, Is.GreaterThan(0.95));
        Assert.That(result.HeldOut.HeldOut[0].NullP, Is.LessThan(0.05));
    }

    [Test]
    public void A_polysemantic_unit_that_looked_right_on_the_narrow_sample_is_brittle_because_it_also_responds_to_b()
    {
        ClaimResult result = ClaimRunner.Run(Target, PlantedClaim.Unit(1));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Brittle));
        Assert.That(result.Diagnostics.Select(d => d.Id), Does.Contain(DiagnosticIds.AlsoRespondsTo));
        Assert.That(result.Diagnostics.Single(d => d.Id == DiagnosticIds.AlsoRespondsTo).Message, Does.Contain("also responds to b"));
    }

    [Test]
    public void The_same_polysemantic_unit_detects_a_since_detection_allows_other_responses()
    {
        ClaimResult result = ClaimRunner.Run(Target, PlantedClaim.Unit(1, kind: ClaimKind.Detects));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Holds));
        Assert.That(result.Diagnostics.Where(d => d.Id == DiagnosticIds.AlsoRespondsTo).Select(d => d.Severity), Is.All.EqualTo(Severity.Info));
    }

    [Test]
    public void A_noise_unit_is_refuted_even_on_the_discovery_split()
    {
        ClaimResult result = ClaimRunner.Run(Target, PlantedClaim.Unit(7));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Refuted));
        Assert.That(result.Diagnostics[0].Id, Is.AnyOf(DiagnosticIds.NoBetterThanNullOnDiscovery, DiagnosticIds.BelowThresholdOnDiscovery));
    }

    [Test]
    public void A_unit_that_reads_b_claimed_for_b_is_inconclusive_where_discovery_never_shows_b()
    {
        // The discovery split has no example with b at all: the label could not have been formed there.
        ClaimResult result = ClaimRunner.Run(Target, PlantedClaim.Unit(2, concept: "b"));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(result.Diagnostics.Single().Id, Is.EqualTo(DiagnosticIds.ConceptWithoutContrast));
    }

    [Test]
    public void A_named_direction_along_unit_zero_holds()
    {
        ClaimResult result = ClaimRunner.Run(Target, PlantedClaim.Direction("a-axis"));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Holds), string.Join("\n", result.Diagnostics));
    }

    [Test]
    public void Too_few_held_out_positives_make_the_claim_inconclusive_not_a_pass()
    {
        var sparse = new PlantedTarget(new PlantedTarget.Options { HeldOutCount = 60, DiscoveryCount = 600 });

        ClaimResult result = ClaimRunner.Run(sparse, PlantedClaim.Unit(0));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(result.Diagnostics.Select(d => d.Id), Does.Contain(DiagnosticIds.TooFewExamples));
    }

    [Test]
    public void The_same_claim_twice_gives_the_same_result()
    {
        ClaimResult first = ClaimRunner.Run(Target, PlantedClaim.Unit(1));
        ClaimResult second = ClaimRunner.Run(Target, PlantedClaim.Unit(1));

        Assert.That(Reports.VerdictDocument.Build(second, fullPrecision: true).ToJsonString(),
            Is.EqualTo(Reports.VerdictDocument.Build(first, fullPrecision: true).ToJsonString()));
    }

    [Test]
    public void Claims_share_one_capture_pass_per_split_and_layer()
    {
        var target = new PlantedTarget().WithoutDiskStore();
        ClaimRunner.Run(target, PlantedClaim.Unit(0));
        int afterFirst = target.Activations.CapturePasses;
        ClaimRunner.Run(target, PlantedClaim.Unit(1));
        ClaimRunner.Run(target, PlantedClaim.Direction("a-axis"));

        Assert.That(afterFirst, Is.EqualTo(2), "discovery and held-out");
        Assert.That(target.Activations.CapturePasses, Is.EqualTo(afterFirst));
    }

    [Test]
    public void Claims_in_parallel_share_the_capture_and_agree_with_a_sequential_run()
    {
        var target = new PlantedTarget().WithoutDiskStore();
        ClaimDefinition[] claims = Enumerable.Range(0, 8).Select(u => PlantedClaim.Unit(u)).ToArray();

        Verdict[] parallel = claims.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(c => ClaimRunner.Run(target, c).Verdict).ToArray();
        Verdict[] sequential = claims.Select(c => ClaimRunner.Run(Target, c).Verdict).ToArray();

        Assert.That(parallel, Is.EqualTo(sequential));
        Assert.That(target.Activations.CapturePasses, Is.EqualTo(2));
    }
}
