using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Readouts;
using ClaimCheck.Torch;
using NUnit.Framework;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Ablation;

/// <summary>Bad input stops an ablation with a diagnostic ID and a message that says what to change.</summary>
public class AblationErrorTests
{
    private static readonly float[][] Inputs = [[1, 0], [0, 1], [2, 1], [1, 1]];
    private static readonly bool[] Concept = [true, false, true, false];

    private static ClaimCheckException Fails(Subject subject, AblationEngineSettings spec, Readout? readout = null, string concept = "c", bool[]? labels = null)
    {
        using var target = new TinyTarget(TinyModels.Dense(), Inputs, labels ?? Concept, directions: [new("diag", "hidden", [1, 1, 0], "by hand")]);
        return Assert.Throws<ClaimCheckException>(() =>
            AblationCheck.Measure(target, subject, readout ?? target.Readout("out0"), concept, spec, seed: 1))!;
    }

    private static readonly Subject Direction = new DirectionSubject("hidden", "diag");
    private static readonly Subject Unit = new UnitSubject("hidden", 0);

    [TestCase(AblationKind.Zero)]
    [TestCase(AblationKind.Resample)]
    public void A_direction_is_not_zeroed_or_resampled(AblationKind kind)
    {
        ClaimCheckException error = Fails(Direction, new AblationEngineSettings { Kind = kind });

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.InterventionDoesNotFitSubject));
        Assert.That(error.Diagnostic.Message, Does.Contain($"a {kind} ablation does not fit direction 'diag' in hidden").And.Contain("ProjectOut, Mean (along the direction) or Patch"));
    }

    [TestCase(AblationKind.ProjectOut)]
    [TestCase(AblationKind.Patch)]
    public void Units_are_not_projected_out_or_patched(AblationKind kind)
    {
        ClaimCheckException error = Fails(new UnitSetSubject("hidden", [0, 1]), new AblationEngineSettings { Kind = kind });

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.InterventionDoesNotFitSubject));
        Assert.That(error.Diagnostic.Message, Does.Contain("units {0, 1} of hidden").And.Contain("Zero, Mean or Resample"));
    }

    [Test]
    public void Patching_needs_counterparts()
    {
        ClaimCheckException error = Fails(Direction, new AblationEngineSettings { Kind = AblationKind.Patch });

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.PatchCounterpartsMissing));
        Assert.That(error.Diagnostic.Message, Does.Contain("none was given"));
    }

    [Test]
    public void Counterparts_must_pair_one_for_one()
    {
        var spec = new AblationEngineSettings
        {
            Kind = AblationKind.Patch,
            Counterparts = split => new Targets.DataSplit("short", split.Role, [1, 2, 3, 4], [2]),
        };

        ClaimCheckException error = Fails(Direction, spec);

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.PatchCounterpartsMissing));
        Assert.That(error.Diagnostic.Message, Does.Contain("its 4 examples").And.Contain("got 2 examples"));
    }

    [Test]
    public void A_class_the_output_does_not_have()
    {
        ClaimCheckException error = Fails(Unit, new AblationEngineSettings(), Read.ClassLogit("far", 7));

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.ReadoutDoesNotFitOutput));
        Assert.That(error.Diagnostic.Message, Does.Contain("reads class 7, but the model output has shape [4, 2]"));
    }

    [Test]
    public void A_metric_of_the_wrong_shape()
    {
        Readout whole = Read.Metric("whole", "the whole output", output => output.mul(TorchScalars.Two));

        ClaimCheckException error = Fails(Unit, new AblationEngineSettings(), whole);

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.ReadoutDoesNotFitOutput));
        Assert.That(error.Diagnostic.Message, Does.Contain("shape [4, 2]").And.Contain("shape [4]"));
    }

    [Test]
    public void A_metric_that_gives_NaN()
    {
        using Scalar hundred = 100L.ToScalar();
        Readout broken = Read.Metric("log-of-negative", "log of a negative logit", output => (output.select(1, 0) - hundred).log());

        ClaimCheckException error = Fails(Unit, new AblationEngineSettings(), broken);

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.ReadoutDoesNotFitOutput));
        Assert.That(error.Diagnostic.Message, Does.Contain("non-finite"));
    }

    [Test]
    public void An_unknown_readout_lists_the_known_ones()
    {
        using var target = new TinyTarget(TinyModels.Dense(), Inputs, Concept, readouts: [Read.ClassLogit("out0", 0), Read.ClassLogit("out1", 1)]);

        ClaimCheckException error = Assert.Throws<ClaimCheckException>(() => target.Readout("out2"))!;

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.UnknownReadout));
        Assert.That(error.Diagnostic.Message, Does.EndWith("it provides: 'out0', 'out1'"));
    }

    [Test]
    public void Fewer_than_100_null_draws()
    {
        ClaimCheckException error = Fails(Unit, new AblationEngineSettings { NullDraws = 99 });

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.SettingOutOfRange));
        Assert.That(error.Diagnostic.Message, Does.Contain("Ablation.NullDraws = 99"));
    }

    [Test]
    public void A_unit_outside_the_layer()
    {
        ClaimCheckException error = Fails(new UnitSubject("hidden", 3), new AblationEngineSettings());

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.UnitOutOfRange));
        Assert.That(error.Diagnostic.Message, Does.Contain("3 units"));
    }

    [Test]
    public void A_direction_of_the_wrong_length()
    {
        ClaimCheckException error = Fails(new DirectionSubject("hidden", "short", [1f, 0f]), new AblationEngineSettings { Kind = AblationKind.ProjectOut });

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.DirectionWrongLength));
    }

    [Test]
    public void A_concept_without_contrast()
    {
        ClaimCheckException error = Fails(Unit, new AblationEngineSettings(), labels: [true, true, true, true]);

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.ConceptWithoutContrast));
    }

    [Test]
    public void An_unknown_layer()
    {
        ClaimCheckException error = Fails(new UnitSubject("missing", 0), new AblationEngineSettings());

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.UnknownLayer));
    }

    [Test]
    public void The_model_runs_untouched_after_a_failed_ablation()
    {
        using var target = new TinyTarget(TinyModels.Dense(), Inputs, Concept);
        Readout broken = Read.Metric("broken", "wrong shape", output => output);
        Assert.Throws<ClaimCheckException>(() => AblationCheck.Measure(target, Unit, broken, "c", new AblationEngineSettings { Kind = AblationKind.Zero }, 1));

        using var scope = NewDisposeScope();
        float[] output = target.Model.call(tensor(new float[] { 1, 1 }, [1, 2])).data<float>().ToArray();

        Assert.That(output, Is.EqualTo(new[] { 9f, 2f }), "h = (1, 1, 2): out0 = 1 + 2 + 6, out1 = 2; the hook was removed");
    }
}
