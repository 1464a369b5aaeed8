using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Execution;
using ClaimCheck.Reports;
using ClaimCheck.Running;
using ClaimCheck.Tests.Fixtures;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Tests.Running;

/// <summary>The fluent API builds the same claims the attributes do and gets the same verdicts.</summary>
public class FluentClaimTests
{
    private static readonly PlantedTarget Target = new();

    [Test]
    public void A_fluent_claim_equals_the_attribute_claim_it_mirrors()
    {
        ClaimDefinition fluent = Claim.That(Subjects.Unit("layer", 1)).Means("a").WithHeldOut(s => s with { MinAuroc = 0.85 })
            .Expecting(Verdict.Brittle, "CLM1201").Named("PlantedClaims.Unit1MeansA", "unit 1 of the planted layer means a (it also reads b, which discovery never shows)");
        ClaimDefinition attributes = ClaimReader.Read(typeof(NUnitAdapter.PlantedClaims).GetMethod(nameof(NUnitAdapter.PlantedClaims.Unit1MeansA))!).Definition;

        Assert.Multiple(() =>
        {
            Assert.That(fluent.Subject, Is.EqualTo(attributes.Subject));
            Assert.That(fluent.HeldOut, Is.EqualTo(attributes.HeldOut));
            Assert.That(fluent.Kind, Is.EqualTo(attributes.Kind));
            Assert.That(ClaimRunner.Run(Target, fluent).Verdict, Is.EqualTo(ClaimRunner.Run(Target, attributes).Verdict));
        });
    }

    [Test]
    public void The_two_units_that_read_a_detect_it_together()
    {
        ClaimDefinition claim = Claim.That(Subjects.Units("layer", 0, 1)).Detects("a").WithHeldOut().Named("Planted.Units01");

        ClaimResult result = ClaimRunner.Run(Target, claim);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Holds), string.Join("\n", result.Diagnostics));
        Assert.That(result.HeldOut!.HeldOut[0].NullSize, Is.EqualTo(400), "200 random directions + 200 random unit sets of the same size");
    }

    [Test]
    public void Averaging_the_a_unit_with_a_noise_unit_is_not_shown_better_than_random_unit_pairs()
    {
        // A quarter of random pairs contain one of the two units that read a, so diluting unit 0 with noise unit 5
        // leaves a pair that many random pairs match: the null sees through a set padded with an informative unit. The
        // pair still beats most pairs (p about 0.12), so that is "not shown" (Inconclusive), not evidence against it.
        ClaimDefinition claim = Claim.That(Subjects.Units("layer", 0, 5)).Detects("a").WithHeldOut(s => s with { MinAuroc = 0.7 }).Named("Planted.Units05");

        ClaimResult result = ClaimRunner.Run(Target, claim);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Inconclusive), string.Join("\n", result.Diagnostics));
        Assert.That(result.Diagnostics.Select(d => d.Id), Does.Contain(DiagnosticIds.NotSignificant));
    }

    [Test]
    public void A_unit_set_naming_a_unit_twice_is_bad_input()
    {
        ClaimResult result = ClaimRunner.Run(Target, Claim.That(Subjects.Units("layer", 0, 0)).Means("a").WithHeldOut().Named("Planted.Twice"));

        Assert.That(result.Diagnostics.Single().Id, Is.EqualTo(DiagnosticIds.UnitOutOfRange));
    }

    [Test]
    public void A_fluent_claim_without_a_concept_gets_CLM0002()
    {
        ClaimResult result = ClaimRunner.Run(Target, Claim.That(Subjects.Unit("layer", 0)).WithHeldOut().Named("Planted.NoConcept"));

        Assert.That(result.Diagnostics.Single().Id, Is.EqualTo(DiagnosticIds.NoConcept));
    }

    [Test]
    public void An_empty_layer_path_gets_the_analyzers_CLM0015_at_run_time_too()
    {
        Assert.That(() => Subjects.Unit(" ", 0), Throws.TypeOf<ClaimCheckException>()
            .With.Property(nameof(ClaimCheckException.Diagnostic)).Property(nameof(Diagnostic.Id)).EqualTo(DiagnosticIds.EmptySubjectName));
    }

    [Test]
    public void Two_different_claims_that_would_share_a_snapshot_get_CLM0012()
    {
        string folder = Path.Combine(Path.GetTempPath(), "claimcheck-tests", Guid.NewGuid().ToString("N"));
        ClaimDefinition first = Claim.That(Subjects.Unit("layer", 0)).Means("a").WithHeldOut().Named("Planted.Same");
        ClaimDefinition second = Claim.That(Subjects.Unit("layer", 1)).Means("a").WithHeldOut().Named("Planted.Same");
        try
        {
            ClaimExecution.Execute(new ClaimDeclaration(first, typeof(PlantedTarget), folder), new ClaimCheck.Snapshots.SnapshotSettings());
            ClaimReport clash = ClaimExecution.Execute(new ClaimDeclaration(second, typeof(PlantedTarget), folder), new ClaimCheck.Snapshots.SnapshotSettings());

            Assert.That(clash.Result.Diagnostics.Single().Id, Is.EqualTo(DiagnosticIds.SnapshotNameCollision));
            Assert.That(clash.Outcome.Status, Is.EqualTo(OutcomeStatus.Failed));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Test]
    public void ClaimExecution_Check_runs_a_fluent_claim_on_a_target_instance_with_its_snapshot()
    {
        string folder = Path.Combine(Path.GetTempPath(), "claimcheck-tests", Guid.NewGuid().ToString("N"));
        ClaimDefinition claim = Claim.That(Subjects.Unit("layer", 0)).Means("a").WithHeldOut().Named("Planted.Instance");
        try
        {
            ClaimReport missing = ClaimExecution.Check(Target, claim, folder, new ClaimCheck.Snapshots.SnapshotSettings());
            ClaimReport accepted = ClaimExecution.Check(Target, claim, folder, new ClaimCheck.Snapshots.SnapshotSettings { Accept = true });
            ClaimReport matched = ClaimExecution.Check(Target, claim, folder, new ClaimCheck.Snapshots.SnapshotSettings());
            IReadOnlyList<RecordFile> records = ClaimRecords.Write(matched, Path.Combine(folder, "records"), encodePng: null);

            Assert.That(missing.Snapshot!.Status, Is.EqualTo(ClaimCheck.Snapshots.SnapshotStatus.Missing));
            Assert.That(missing.Outcome.Status, Is.EqualTo(OutcomeStatus.Failed), "a new snapshot never passes by itself");
            Assert.That(accepted.Snapshot!.Status, Is.EqualTo(ClaimCheck.Snapshots.SnapshotStatus.Accepted));
            Assert.That(matched.Snapshot!.Status, Is.EqualTo(ClaimCheck.Snapshots.SnapshotStatus.Matched));
            Assert.That(matched.Outcome.Status, Is.EqualTo(OutcomeStatus.Passed));
            Assert.That(Path.Combine(folder, "Planted.Instance.verified.json"), Does.Exist);
            Assert.That(matched.Result.Verdict, Is.EqualTo(ClaimRunner.Run(Target, claim).Verdict));
            Assert.That(records.Select(r => Path.GetFileName(r.Path)), Is.EqualTo(new[] { "Planted.Instance.full.json", "Planted.Instance.outcome.json" }));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Test]
    public void ClaimExecution_Check_turns_bad_input_into_a_verdict_not_an_exception()
    {
        string folder = Path.Combine(Path.GetTempPath(), "claimcheck-tests", Guid.NewGuid().ToString("N"));
        try
        {
            ClaimReport report = ClaimExecution.Check(Target, Claim.That(Subjects.Unit("nowhere", 0)).Means("a").WithHeldOut().Named("Planted.Nowhere"), folder,
                new ClaimCheck.Snapshots.SnapshotSettings());

            Assert.That(report.Result.Verdict, Is.EqualTo(Verdict.Inconclusive));
            Assert.That(report.Result.Diagnostics.Select(d => d.Id), Does.Contain(DiagnosticIds.UnknownLayer));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
