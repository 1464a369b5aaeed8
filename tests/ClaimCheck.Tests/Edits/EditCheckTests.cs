using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Tests.Fixtures;
using NUnit.Framework;

namespace ClaimCheck.Tests.Edits;

/// <summary>The edit engine on the planted target: unit 0 reads a alone, unit 1 reads a + b.</summary>
public class EditCheckTests
{
    private PlantedTarget _target = null!;
    private PlantedEdits _edits = null!;

    [OneTimeSetUp]
    public void Build()
    {
        _target = new PlantedTarget();
        _edits = new PlantedEdits(_target);
    }

    [OneTimeTearDown]
    public void Release() => _target.Dispose();

    private static UnitSubject Unit(int u) => new("layer", u);

    private EditResult<Vec> Measure(int unit, EditSettings? settings = null) =>
        EditCheck.Measure(_target, Unit(unit), _edits, _edits, EditGap.OnSplit(_target, Unit(unit), "a", "held-out"), settings);

    [Test]
    public void A_monosemantic_unit_passes_every_kind()
    {
        EditEvidence evidence = Measure(0).Evidence;

        Assert.That(evidence.Passed, Is.True);
        Assert.That(evidence.Diagnostics, Is.Empty);
        Assert.That(evidence.Kinds.Select(k => k.Failures), Is.All.Zero);
        Assert.That(evidence.Kinds.Select(k => k.FailureRateInterval.Upper), Is.All.LessThan(0.1));
    }

    [Test]
    public void The_gap_is_the_held_out_mean_difference()
    {
        Assert.That(EditGap.OnSplit(_target, Unit(0), "a", "held-out"), Is.EqualTo(1).Within(0.05));
    }

    [Test]
    public void A_unit_that_also_reads_b_fails_nuisance_and_shrinks_to_the_smallest_failing_nudge()
    {
        EditResult<Vec> result = Measure(1);
        EditKindEvidence nuisance = result.Evidence.For(EditKind.Nuisance)!;
        EditCounterexample c = nuisance.Counterexample!;

        Assert.That(nuisance.Outcome, Is.EqualTo(EditOutcome.Failed));
        Assert.That(result.Evidence.Diagnostics.Single().Id, Is.EqualTo(DiagnosticIds.NuisanceEditsMoveSubject));
        // The smallest nudge of b that moves a + b by more than ε = 0.25Δ (Δ is about 1, so one or two quarters).
        int smallest = Enumerable.Range(1, 4).First(amount => amount / 4.0 > result.Evidence.Thresholds.Epsilon + 1e-6);
        Assert.That(result.MinimalCases[EditKind.Nuisance].Edit, Is.EqualTo(new Nudge(1, smallest)));
        Assert.That(c.Size, Is.LessThanOrEqualTo(c.FirstFailingSize));
        Assert.That(c.Summary, Does.Contain("to component 1").And.Contain("unit 1 of layer"));
    }

    [Test]
    public void Replay_gives_the_same_counterexample()
    {
        EditResult<Vec> result = Measure(1);
        EditCounterexample recorded = result.Evidence.For(EditKind.Nuisance)!.Counterexample!;

        EditCounterexample replayed = EditReplayer.Counterexample(
            _target, Unit(1), _edits, _edits, EditGap.OnSplit(_target, Unit(1), "a", "held-out"), recorded.Replay, recorded.ShrinkEvaluations);

        Assert.That(replayed, Is.EqualTo(recorded));
        Assert.That(EditReplayer.Case(_edits, recorded.Replay), Is.EqualTo(result.MinimalCases[EditKind.Nuisance]));
    }

    [Test]
    public void Batched_and_one_at_a_time_evaluation_give_the_same_evidence()
    {
        EditEvidence batched = Measure(1).Evidence;
        EditEvidence single = Measure(1, EditSettings.Default with { CasesPerBatch = 1 }).Evidence;

        // The per-case changes are a list, which record equality compares by reference: compare them as sequences.
        Assert.That(single.Kinds.Select(k => k with { ChangesInGaps = [] }), Is.EqualTo(batched.Kinds.Select(k => k with { ChangesInGaps = [] })));
        Assert.That(single.Kinds.Select(k => k.ChangesInGaps), Is.EqualTo(batched.Kinds.Select(k => k.ChangesInGaps)));
    }

    [Test]
    public void The_same_seed_draws_the_same_cases_and_another_seed_others()
    {
        var settings = EditSettings.Default with { Cases = 20 };
        var again = CaseSampler.Sample(_edits.Nuisance, EditKind.Nuisance, settings);
        var other = CaseSampler.Sample(_edits.Nuisance, EditKind.Nuisance, settings with { Seed = 2 });

        Assert.That(CaseSampler.Sample(_edits.Nuisance, EditKind.Nuisance, settings), Is.EqualTo(again));
        Assert.That(other, Is.Not.EqualTo(again));
    }

    [Test]
    public void Strict_mode_fails_on_any_counterexample()
    {
        // Unit 0 sees no nudge of b; with a noise component at weight 1 a nudge of 1.0 on component 5 moves it by 1.
        var settings = EditSettings.Default with { Strict = true, FailureLimit = 0.99 };
        EditKindEvidence nuisance = Measure(0, settings).Evidence.For(EditKind.Nuisance)!;
        EditKindEvidence lenient = Measure(0, settings with { Strict = false }).Evidence.For(EditKind.Nuisance)!;

        Assert.That(nuisance.Failures, Is.EqualTo(lenient.Failures));
        Assert.That(nuisance.Outcome, Is.EqualTo(nuisance.Failures > 0 ? EditOutcome.Failed : EditOutcome.Passed));
        Assert.That(Measure(1, settings).Evidence.For(EditKind.Nuisance)!.Outcome, Is.EqualTo(EditOutcome.Failed));
    }

    [Test]
    public void Too_few_cases_cannot_pass_and_say_so()
    {
        EditEvidence evidence = Measure(0, EditSettings.Default with { Cases = 20, Kinds = [EditKind.Add] }).Evidence;

        Assert.That(evidence.For(EditKind.Add)!.Outcome, Is.EqualTo(EditOutcome.TooFewCases));
        Assert.That(evidence.Diagnostics.Single().Id, Is.EqualTo(DiagnosticIds.TooFewEditCases));
        Assert.That(evidence.Passed, Is.False);
    }

    [Test]
    public void A_gap_that_is_not_positive_evaluates_nothing()
    {
        EditEvidence evidence = EditCheck.Measure(_target, Unit(0), _edits, _edits, gap: -0.5).Evidence;

        Assert.That(evidence.Kinds, Is.Empty);
        Assert.That(evidence.Diagnostics.Single().Id, Is.EqualTo(DiagnosticIds.EditGapNotPositive));
    }

    [Test]
    public void Settings_out_of_range_are_CLM4101()
    {
        var e = Assert.Throws<ClaimCheckException>(() => Measure(0, EditSettings.Default with { FailureLimit = 1.5 }));

        Assert.That(e!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.SettingOutOfRange));
    }

    [TestCase(EditKind.Add, 0.0, 0.5, true)]
    [TestCase(EditKind.Add, 0.0, 0.49, false)]
    [TestCase(EditKind.Remove, 1.0, 0.5, true)]
    [TestCase(EditKind.Remove, 1.0, 0.6, false)]
    [TestCase(EditKind.Nuisance, 1.0, 1.25, true)]
    [TestCase(EditKind.Nuisance, 1.0, 0.7, false)]
    public void Thresholds_are_half_and_a_quarter_of_the_gap(EditKind kind, double before, double after, bool holds)
    {
        var thresholds = EditThresholds.FromGap(1.0, EditSettings.Default);

        Assert.That(thresholds.Holds(kind, before, after), Is.EqualTo(holds));
    }
}
