using ClaimCheck.Claims;
using ClaimCheck.Evidence.Ablation;
using NUnit.Framework;

namespace ClaimCheck.Tests.Ablation;

/// <summary>The null: planted subjects beat it, noise does not, and it is the same for a fixed seed however it is batched.</summary>
public class NullTests
{
    private static readonly PlantedAblationTarget Target = new();

    [OneTimeTearDown]
    public void DisposeTarget() => Target.Dispose();

    private static AblationEvidence Measure(Subject subject, AblationEngineSettings spec, ulong seed = 3) =>
        AblationCheck.Measure(Target, subject, Target.Readout("a"), "a", spec, seed);

    [Test]
    public void The_planted_unit_beats_every_other_unit_of_the_layer_exactly_once_each()
    {
        // 16 units, no more than the 200 draws: the null is the other 15 units, each once, and p = (1 + 0) / 16.
        AblationEvidence evidence = Measure(new UnitSubject("layer", 0), new AblationEngineSettings { Kind = AblationKind.Mean });

        Assert.Multiple(() =>
        {
            Assert.That(evidence.Null.Exact, Is.True);
            Assert.That(evidence.Null.P, Is.EqualTo(1.0 / 16).Within(1e-12));
            Assert.That(evidence.Null.SmallestP, Is.EqualTo(1.0 / 16).Within(1e-12));
            Assert.That(evidence.Null.Effects, Has.Count.EqualTo(15));
            Assert.That(evidence.Null.Effects, Has.All.LessThan(evidence.Positives.Mean));
            Assert.That(evidence.Positives.MeanInterval.Lower, Is.GreaterThan(0.5), "positives lose about 1 − 0.3 of the readout");
            Assert.That(evidence.Negatives.Mean, Is.LessThan(0), "negatives gain the mean back");
            Assert.That(evidence.SpecificityInterval.Lower, Is.GreaterThan(0.5));
            Assert.That(evidence.Null.Description, Is.EqualTo("each of the other 15 sets of 1 unit of layer"));
        });
    }

    [Test]
    public void A_layer_with_more_sets_than_draws_is_sampled_from_the_whole_layer()
    {
        // C(16, 3) = 560 sets > 200 draws: random sets, drawn from all 16 units (the subject's own included).
        AblationEvidence evidence = Measure(new UnitSetSubject("layer", [0, 3, 4]), new AblationEngineSettings { Kind = AblationKind.Zero });

        Assert.That(evidence.Null.Exact, Is.False);
        Assert.That(evidence.Null.SmallestP, Is.Zero);
        Assert.That(evidence.Null.Description, Is.EqualTo("200 random sets of 3 units of layer"));
    }

    [Test]
    public void A_noise_unit_does_not()
    {
        AblationEvidence evidence = Measure(new UnitSubject("layer", 5), new AblationEngineSettings { Kind = AblationKind.Mean });

        Assert.That(evidence.Null.P, Is.GreaterThan(0.05));
        Assert.That(Math.Abs(evidence.Positives.Mean), Is.LessThan(0.05));
    }

    [Test]
    public void A_unit_set_padded_with_the_planted_unit_is_compared_with_sets_of_its_size()
    {
        AblationEvidence evidence = Measure(new UnitSetSubject("layer", [0, 7]), new AblationEngineSettings { Kind = AblationKind.Zero });

        // C(16, 2) = 120 sets, no more than the draws: every other set once.
        Assert.That(evidence.Null.P, Is.LessThanOrEqualTo(0.05));
        Assert.That(evidence.Null.Description, Is.EqualTo("each of the other 119 sets of 2 units of layer"));
    }

    [Test]
    public void The_planted_direction_beats_random_directions_and_the_noise_direction_does_not()
    {
        var spec = new AblationEngineSettings { Kind = AblationKind.ProjectOut };

        AblationEvidence planted = Measure(new DirectionSubject("layer", "a-axis"), spec);
        AblationEvidence noise = Measure(new DirectionSubject("layer", "noise-axis"), spec);

        Assert.That(planted.Null.P, Is.LessThanOrEqualTo(0.05));
        Assert.That(noise.Null.P, Is.GreaterThan(0.05));
    }

    [Test]
    public void The_null_is_the_same_for_the_same_seed_and_differs_for_another()
    {
        var spec = new AblationEngineSettings { Kind = AblationKind.Resample, NullDraws = 100 };

        AblationEvidence first = Measure(new UnitSubject("layer", 0), spec, seed: 9);
        AblationEvidence again = Measure(new UnitSubject("layer", 0), spec, seed: 9);
        AblationEvidence other = Measure(new UnitSubject("layer", 0), spec, seed: 10);

        Assert.That(again.Null.Effects, Is.EqualTo(first.Null.Effects));
        Assert.That(again.Effects, Is.EqualTo(first.Effects));
        Assert.That(again.Positives, Is.EqualTo(first.Positives));
        Assert.That(other.Null.Effects, Is.Not.EqualTo(first.Null.Effects));
    }

    [Test]
    public void Stacking_null_draws_changes_nothing_but_speed()
    {
        var stacked = new AblationEngineSettings { Kind = AblationKind.Mean, NullDraws = 100 };
        var oneByOne = stacked with { StackedElements = 1 };

        AblationEvidence a = Measure(new DirectionSubject("layer", "a-axis"), stacked);
        AblationEvidence b = Measure(new DirectionSubject("layer", "a-axis"), oneByOne);

        Assert.That(a.Null.Effects, Is.EqualTo(b.Null.Effects).Within(1e-6));
        Assert.That(a.Effects, Is.EqualTo(b.Effects).Within(1e-6));
    }

    [Test]
    public void Suffix_re_runs_give_what_full_forward_passes_give()
    {
        var suffix = new AblationEngineSettings { Kind = AblationKind.Mean, NullDraws = 100 };
        var full = suffix with { AllowSuffix = false };

        AblationEvidence a = Measure(new UnitSetSubject("layer", [0, 3]), suffix);
        AblationEvidence b = Measure(new UnitSetSubject("layer", [0, 3]), full);

        Assert.That(a.Path, Is.EqualTo(AblationPath.Suffix));
        Assert.That(b.Path, Is.EqualTo(AblationPath.FullForward));
        Assert.That(a.Effects, Is.EqualTo(b.Effects).Within(1e-5));
        Assert.That(a.Null.Effects, Is.EqualTo(b.Null.Effects).Within(1e-5));
    }

    [Test]
    public void A_log_probability_readout_is_measured_the_same_way()
    {
        AblationEvidence evidence = AblationCheck.Measure(
            Target, new UnitSubject("layer", 0), Target.Readout("a-logp"), "a", new AblationEngineSettings { Kind = AblationKind.Mean }, seed: 3);

        Assert.That(evidence.Readout, Is.EqualTo("a-logp"));
        Assert.That(evidence.Null.P, Is.EqualTo(evidence.Null.SmallestP), "unit 0 beats every other unit on the log-probability too");
    }
}
