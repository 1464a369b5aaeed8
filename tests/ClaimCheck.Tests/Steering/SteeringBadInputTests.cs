using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Steering;
using ClaimCheck.Targets;
using ClaimCheck.Tests.Ablation;
using NUnit.Framework;

namespace ClaimCheck.Tests.Steering;

/// <summary>Bad settings come back all at once as diagnostics; bad input to a measurement is a diagnostic with its ID, never a crash.</summary>
public class SteeringBadInputTests
{
    private static readonly TinyTarget Target = SteeringWorld.Create();

    [OneTimeTearDown]
    public void DisposeTarget() => Target.Dispose();

    [Test]
    public void The_default_settings_are_valid()
    {
        Assert.That(new SteeringSettings().Validate(), Is.Empty);
        Assert.That(new SteeringSettings().DecidingStrength, Is.EqualTo(4), "without a declared strength the largest decides");
    }

    [Test]
    public void Every_bad_setting_is_reported_at_once()
    {
        var settings = new SteeringSettings
        {
            Strengths = [1, -2, 1],
            DecisionStrength = 3,
            NullDraws = 10,
            MinEffect = double.NaN,
            Alpha = 0.9,
            Split = " ",
            ReferenceSplit = string.Empty,
            SideEffectReadouts = ["ok", ""],
            MinExamples = 0,
            BootstrapResamples = 5,
            ConfidenceLevel = 1,
            StackedElements = 0,
        };

        IReadOnlyList<Diagnostic> errors = settings.Validate();

        Assert.Multiple(() =>
        {
            Assert.That(errors, Has.All.Matches<Diagnostic>(d => d!.Id == DiagnosticIds.SettingOutOfRange && d.Severity == Severity.Error));
            string[] named = [.. errors.Select(d => d.Message.Split(' ')[0])];
            Assert.That(named, Is.EqualTo(new[]
            {
                "Steering.Strengths", "Steering.Strengths", "Steering.DecisionStrength", "Steering.NullDraws", "Steering.MinEffect",
                "Steering.Alpha", "Steering.Split", "Steering.ReferenceSplit", "Steering.SideEffectReadouts", "Steering.MinExamples",
                "Steering.BootstrapResamples", "Steering.ConfidenceLevel", "Steering.StackedElements",
            }));
        });
    }

    [Test]
    public void Empty_or_missing_strengths_are_one_error_each()
    {
        Assert.That(new SteeringSettings { Strengths = [] }.Validate().Select(d => d.Id), Is.EqualTo(new[] { DiagnosticIds.SettingOutOfRange }));
        Assert.That(new SteeringSettings { Strengths = null! }.Validate().Select(d => d.Id), Is.EqualTo(new[] { DiagnosticIds.SettingOutOfRange }));
    }

    [Test]
    public void Measuring_with_bad_settings_throws_the_first_error_as_a_diagnostic()
    {
        ClaimCheckException e = Throws(new SteeringSettings { NullDraws = 1, Alpha = 2 });

        Assert.That(e.Diagnostic.Id, Is.EqualTo(DiagnosticIds.SettingOutOfRange));
        Assert.That(e.Diagnostic.Message, Does.StartWith("Steering.NullDraws"));
    }

    [TestCase("nowhere", null, DiagnosticIds.MissingSplit)]
    [TestCase(null, "nowhere", DiagnosticIds.MissingSplit)]
    public void An_unknown_split_is_CLM5009(string? split, string? reference, string id)
    {
        Assert.That(Throws(new SteeringSettings { Split = split, ReferenceSplit = reference }).Diagnostic.Id, Is.EqualTo(id));
    }

    [Test]
    public void An_unknown_side_effect_readout_is_CLM5013()
    {
        Assert.That(Throws(new SteeringSettings { SideEffectReadouts = ["nope"] }).Diagnostic.Id, Is.EqualTo(DiagnosticIds.UnknownReadout));
    }

    [Test]
    public void A_direction_of_the_wrong_length_is_CLM5003_and_a_unit_out_of_range_CLM5002()
    {
        Assert.That(Throws(new SteeringSettings(), new DirectionSubject("embed", "short", [1f, 0f])).Diagnostic.Id, Is.EqualTo(DiagnosticIds.DirectionWrongLength));
        Assert.That(Throws(new SteeringSettings(), new UnitSubject("embed", 16)).Diagnostic.Id, Is.EqualTo(DiagnosticIds.UnitOutOfRange));
        Assert.That(Throws(new SteeringSettings(), new DirectionSubject("nowhere", "planted")).Diagnostic.Id, Is.EqualTo(DiagnosticIds.UnknownLayer));
    }

    [Test]
    public void A_concept_present_in_every_example_leaves_nothing_to_steer_CLM5006()
    {
        float[][] inputs = [.. Enumerable.Range(0, 4).Select(i => SteeringWorld.Axis(i))];
        using var target = new TinyTarget(SteeringWorld.Model(), inputs, [true, true, true, true]);

        ClaimCheckException e = Assert.Throws<ClaimCheckException>(() =>
            SteeringCheck.Measure(target, new UnitSubject("embed", 0), target.Readout("out0"), "c", new SteeringSettings(), seed: 1))!;

        Assert.That(e.Diagnostic.Id, Is.EqualTo(DiagnosticIds.ConceptWithoutContrast));
    }

    [Test]
    public void A_layer_without_activation_norm_is_CLM6901()
    {
        using TinyTarget dead = SteeringWorld.Create(SteeringWorld.DeadModel);

        ClaimCheckException e = Assert.Throws<ClaimCheckException>(() =>
            SteeringCheck.Measure(dead, new UnitSubject("embed", 0), dead.Readout("c"), "c", new SteeringSettings(), seed: 1))!;

        Assert.That(e.Diagnostic.Id, Is.EqualTo(SteeringDiagnosticIds.LayerScaleUnusable));
    }

    private static ClaimCheckException Throws(SteeringSettings settings, Subject? subject = null) =>
        Assert.Throws<ClaimCheckException>(() =>
            SteeringCheck.Measure(Target, subject ?? new DirectionSubject("embed", "planted"), Target.Readout("c"), "c", settings, seed: 1))!;
}
