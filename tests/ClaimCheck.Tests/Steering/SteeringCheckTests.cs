using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Evidence.Steering;
using ClaimCheck.Tests.Ablation;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Tests.Steering;

/// <summary>
/// The steering engine on <see cref="SteeringWorld"/>: the planted direction holds, a direction no readout reads is
/// refuted as typical of its null, a direction that moves another readout more is brittle, and the measurement is the
/// same for a seed however it is batched or run.
/// </summary>
public class SteeringCheckTests
{
    private static readonly TinyTarget Target = SteeringWorld.Create();

    private static readonly SteeringSettings Settings = new() { DecisionStrength = 1, SideEffectReadouts = ["other", "wide"] };

    [OneTimeTearDown]
    public void DisposeTarget() => Target.Dispose();

    private static SteeringEvidence Measure(Subject subject, SteeringSettings? settings = null, ulong seed = 5) =>
        SteeringCheck.Measure(Target, subject, Target.Readout("c"), "c", settings ?? Settings, seed);

    private static (Verdict Verdict, IReadOnlyList<Diagnostic> Diagnostics) Decide(SteeringEvidence evidence, SteeringSettings? settings = null) =>
        SteeringVerdictRules.Decide(evidence, settings ?? Settings, familyFactor: 1);

    [Test]
    public void The_planted_direction_steers_its_concept_and_holds()
    {
        SteeringEvidence evidence = Measure(new DirectionSubject("embed", "planted"));
        (Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) = Decide(evidence);

        Assert.Multiple(() =>
        {
            Assert.That(verdict, Is.EqualTo(Verdict.Holds), string.Join("\n", diagnostics));
            Assert.That(diagnostics, Is.Empty);
            Assert.That(evidence.Scale, Is.EqualTo(4).Within(0.4), "the RMS norm of 16 standard normal components is about 4");
            Assert.That(evidence.Examples, Is.EqualTo(Target.HeldOut.Labels["c"].Count(c => !c)));
            Assert.That(evidence.Null.P, Is.EqualTo(1.0 / 201).Within(1e-12), "no random direction of 16 raises u0 as much as e0 does");
            Assert.That(evidence.Decision.Interval.Lower, Is.GreaterThan(0.5 * evidence.Scale), "u0 rises by most of the vector's length");
            Assert.That(evidence.DoseResponse.Select(p => p.Strength), Is.EqualTo(new[] { 0.25, 0.5, 1, 2, 4 }));
            Assert.That(evidence.DoseResponse.Select(p => p.Mean), Is.Ordered.Ascending);
            Assert.That(evidence.Monotonicity, Is.EqualTo(1));
            Assert.That(evidence.Steps, Has.All.Matches<DoseStep>(s => s!.Interval.Lower > 0));
            Assert.That(evidence.SideEffects.Select(s => s.Readout), Is.EqualTo(new[] { "other", "wide" }));
            Assert.That(evidence.SideEffects[0].Mean, Is.Zero, "u1 is untouched");
            Assert.That(evidence.SideEffects[1].Ratio, Is.EqualTo(0.5).Within(1e-6), "'wide' reads u0 at half weight");
            Assert.That(evidence.ConfirmatoryP, Is.EqualTo(evidence.Null.P));
        });
    }

    [Test]
    public void A_direction_no_readout_reads_is_refuted_as_typical_of_its_null()
    {
        SteeringEvidence evidence = Measure(new DirectionSubject("embed", "orthogonal"));
        (Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) = Decide(evidence);

        Assert.Multiple(() =>
        {
            Assert.That(evidence.Decision.Mean, Is.Zero);
            Assert.That(evidence.Null.P, Is.GreaterThan(0.3), "half the random directions lower u0, half raise it");
            Assert.That(verdict, Is.EqualTo(Verdict.Refuted));
            Assert.That(diagnostics.Select(d => d.Id), Is.EqualTo(new[] { SteeringDiagnosticIds.NoBetterThanNull }));
        });
    }

    [Test]
    public void A_direction_that_moves_another_readout_more_is_brittle()
    {
        SteeringEvidence evidence = Measure(new DirectionSubject("embed", "sideways"));
        (Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) = Decide(evidence);

        Assert.Multiple(() =>
        {
            Assert.That(evidence.Null.P, Is.LessThanOrEqualTo(0.05), "it does steer 'c', by 1/√2 of its length");
            Assert.That(evidence.SideEffects[1].Ratio, Is.GreaterThan(2), "'wide' moves by 2.5/√2, against about 1/√2 for 'c'");
            Assert.That(verdict, Is.EqualTo(Verdict.Brittle));
            Assert.That(diagnostics.Select(d => d.Id), Is.EqualTo(new[] { SteeringDiagnosticIds.SideEffectLarger }));
            Assert.That(diagnostics[0].Message, Does.Contain("'wide'"));
        });
    }

    [Test]
    public void Without_named_side_readouts_every_other_readout_of_the_target_is_one()
    {
        SteeringEvidence evidence = Measure(new DirectionSubject("embed", "planted"), Settings with { SideEffectReadouts = null });

        Assert.That(evidence.SideEffects.Select(s => s.Readout), Is.EqualTo(new[] { "other", "wide", "c-bump" }));
    }

    [Test]
    public void A_response_that_falls_beyond_the_decision_strength_is_reported_and_holds()
    {
        // "c-bump" peaks where u0 = 8: strength 2 (a vector of about 8) is near the top, strength 4 far past it.
        SteeringSettings settings = Settings with { DecisionStrength = 1, SideEffectReadouts = [] };
        SteeringEvidence evidence = SteeringCheck.Measure(Target, new DirectionSubject("embed", "planted"), Target.Readout("c-bump"), "c", settings, seed: 5);
        (Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) = Decide(evidence, settings);

        Assert.Multiple(() =>
        {
            Assert.That(verdict, Is.EqualTo(Verdict.Holds), string.Join("\n", diagnostics));
            Assert.That(diagnostics.Select(d => (d.Id, d.Severity)), Is.EqualTo(new[] { (SteeringDiagnosticIds.FallsBeyondDecision, Severity.Info) }));
            Assert.That(evidence.Steps[^1].ShownToFall, Is.True);
            Assert.That(evidence.Monotonicity, Is.LessThan(1));
        });
    }

    [Test]
    public void Deciding_far_past_the_peak_of_the_response_is_refuted_as_typical_of_its_null()
    {
        SteeringSettings settings = Settings with { DecisionStrength = 4, SideEffectReadouts = [] };
        SteeringEvidence evidence = SteeringCheck.Measure(Target, new DirectionSubject("embed", "planted"), Target.Readout("c-bump"), "c", settings, seed: 5);
        (Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) = Decide(evidence, settings);

        // At strength 4 (a vector of about 16) "c-bump" is back near where it started, while random directions of
        // that length, mostly sideways, still raise u0 a little and "c-bump" with it.
        Assert.That(verdict, Is.EqualTo(Verdict.Refuted), string.Join("\n", diagnostics));
        Assert.That(diagnostics.Select(d => d.Id), Does.Contain(SteeringDiagnosticIds.NoBetterThanNull));
    }

    [Test]
    public void A_unit_steers_like_its_axis()
    {
        SteeringEvidence unit = Measure(new UnitSubject("embed", 0));
        SteeringEvidence axis = Measure(new DirectionSubject("embed", "planted"));

        Assert.That(unit.DecisionEffects, Is.EqualTo(axis.DecisionEffects));
        Assert.That(unit.Null.Effects, Is.EqualTo(axis.Null.Effects));
        Assert.That(unit.Subject, Is.EqualTo("unit 0 of embed"));
    }

    [Test]
    public void A_unit_set_steers_along_the_normalised_sum_of_its_axes()
    {
        SteeringEvidence set = Measure(new UnitSetSubject("embed", [0, 2]));
        SteeringEvidence sideways = Measure(new DirectionSubject("embed", "sideways"));

        Assert.That(set.DecisionEffects, Is.EqualTo(sideways.DecisionEffects).Within(1e-5));
    }

    [Test]
    public void The_same_seed_gives_identical_evidence_and_another_seed_another_null()
    {
        SteeringEvidence first = Measure(new DirectionSubject("embed", "sideways"), seed: 11);
        SteeringEvidence again = Measure(new DirectionSubject("embed", "sideways"), seed: 11);
        SteeringEvidence other = Measure(new DirectionSubject("embed", "sideways"), seed: 12);

        Assert.Multiple(() =>
        {
            Assert.That(again.DecisionEffects, Is.EqualTo(first.DecisionEffects));
            Assert.That(again.DoseResponse, Is.EqualTo(first.DoseResponse));
            Assert.That(again.Steps, Is.EqualTo(first.Steps));
            Assert.That(again.SideEffects, Is.EqualTo(first.SideEffects));
            Assert.That(again.Null.Effects, Is.EqualTo(first.Null.Effects));
            Assert.That(again.Null.P, Is.EqualTo(first.Null.P));
            Assert.That(again.KeyFigures, Is.EqualTo(first.KeyFigures));
            Assert.That(other.Null.Effects, Is.Not.EqualTo(first.Null.Effects));
            Assert.That(other.DecisionEffects, Is.EqualTo(first.DecisionEffects), "the subject's own effects draw nothing at random");
        });
    }

    [Test]
    public void The_stacked_null_equals_the_null_run_one_direction_at_a_time()
    {
        SteeringEvidence stacked = Measure(new DirectionSubject("embed", "planted"));
        SteeringEvidence oneByOne = Measure(new DirectionSubject("embed", "planted"), Settings with { StackedElements = 1 });

        Assert.That(stacked.Null.Effects, Has.Count.EqualTo(200));
        Assert.That(oneByOne.Null.Effects, Is.EqualTo(stacked.Null.Effects).Within(1e-9));
        Assert.That(oneByOne.Null.P, Is.EqualTo(stacked.Null.P));
    }

    [Test]
    public void Suffix_re_runs_give_what_full_forward_passes_give()
    {
        SteeringEvidence suffix = Measure(new DirectionSubject("embed", "sideways"));
        SteeringEvidence full = Measure(new DirectionSubject("embed", "sideways"), Settings with { AllowSuffix = false });

        Assert.That(suffix.Path, Is.EqualTo(AblationPath.Suffix));
        Assert.That(full.Path, Is.EqualTo(AblationPath.FullForward));
        Assert.That(full.DecisionEffects, Is.EqualTo(suffix.DecisionEffects).Within(1e-9));
        Assert.That(full.Null.Effects, Is.EqualTo(suffix.Null.Effects).Within(1e-9));
        Assert.That(full.SideEffects.Select(s => s.Mean), Is.EqualTo(suffix.SideEffects.Select(s => s.Mean)).Within(1e-9));
    }

    [Test]
    public void The_batch_size_changes_nothing()
    {
        using TinyTarget oneBatch = SteeringWorld.Create(batchSize: 1000);
        SteeringEvidence small = Measure(new DirectionSubject("embed", "sideways"));
        SteeringEvidence large = SteeringCheck.Measure(oneBatch, new DirectionSubject("embed", "sideways"), oneBatch.Readout("c"), "c", Settings, seed: 5);

        Assert.That(large.DecisionEffects, Is.EqualTo(small.DecisionEffects).Within(1e-9));
        Assert.That(large.Null.Effects, Is.EqualTo(small.Null.Effects).Within(1e-9));
        Assert.That(large.Scale, Is.EqualTo(small.Scale).Within(1e-9));
    }
}
