using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Targets;
using NUnit.Framework;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Sequences;

/// <summary>
/// A layer laid out [batch, positions, units] and declared <see cref="LayerLayout.UnitsLast"/> reads exactly as its
/// [batch, units, positions] twin: the same captures under every reduction, the same ablation effects on the suffix and
/// the full-forward paths.
/// </summary>
public class SequenceLayoutTests
{
    [TestCase(Reduction.Last)]
    [TestCase(Reduction.Mean)]
    [TestCase(Reduction.Max)]
    public void Captures_of_a_units_last_layer_equal_its_units_first_twin(Reduction reduction)
    {
        (Sequential last, Sequential first) = SequenceTwins.Models();
        using AuditTarget lastTarget = SequenceTwins.Target(last, LayerLayout.UnitsLast, SequenceTwins.Split("held-out", SplitRole.HeldOut, 40, 1));
        using AuditTarget firstTarget = SequenceTwins.Target(first, LayerLayout.UnitsFirst, SequenceTwins.Split("held-out", SplitRole.HeldOut, 40, 1));

        float[] fromLast = lastTarget.Activations.Get(lastTarget.Splits[0], "layer", reduction).ToArray();
        float[] fromFirst = firstTarget.Activations.Get(firstTarget.Splits[0], "layer", reduction).ToArray();

        Assert.That(fromLast, Has.Length.EqualTo(40 * SequenceTwins.Units));
        // Last and max pick values, bit for bit; a mean over a moved axis may sum in another order.
        Assert.That(fromLast, reduction == Reduction.Mean ? Is.EqualTo(fromFirst).Within(1e-6) : Is.EqualTo(fromFirst));
    }

    [Test]
    public void Last_reads_the_last_position_of_each_unit()
    {
        (Sequential last, _) = SequenceTwins.Models();
        DataSplit split = SequenceTwins.Split("held-out", SplitRole.HeldOut, 8, 2);
        using AuditTarget target = SequenceTwins.Target(last, LayerLayout.UnitsLast, split);

        ActivationMatrix captured = target.Activations.Get(split, "layer", Reduction.Last);

        // Unit 0 copies feature 0, so at the last position it is the input's value there.
        double[] expected = [.. Enumerable.Range(0, split.Count).Select(i => (double)split.Example(i)[((SequenceTwins.Positions - 1) * SequenceTwins.Features) + 0])];
        Assert.That(captured.Column(0), Is.EqualTo(expected).Within(1e-6));
    }

    [Test]
    public void Undeclared_the_layer_reads_positions_as_units()
    {
        // Without the declaration the [B, T, C] output is read as T units: what a user who forgets it sees.
        (Sequential last, _) = SequenceTwins.Models();
        DataSplit split = SequenceTwins.Split("held-out", SplitRole.HeldOut, 8, 2);
        using AuditTarget target = SequenceTwins.Target(last, LayerLayout.UnitsFirst, split);

        Assert.That(target.Activations.Get(split, "layer", Reduction.Last).Units, Is.EqualTo(SequenceTwins.Positions));
    }

    [TestCase(AblationKind.Zero, true)]
    [TestCase(AblationKind.Zero, false)]
    [TestCase(AblationKind.Mean, true)]
    [TestCase(AblationKind.Mean, false)]
    public void Unit_ablations_of_a_units_last_layer_equal_its_twins(AblationKind kind, bool allowSuffix)
    {
        AblationEvidence last = Ablate(LayerLayout.UnitsLast, new UnitSubject("layer", 0, Reduction.Last), kind, allowSuffix);
        AblationEvidence first = Ablate(LayerLayout.UnitsFirst, new UnitSubject("layer", 0, Reduction.Last), kind, allowSuffix);

        Assert.That(last.Path, Is.EqualTo(allowSuffix ? AblationPath.Suffix : AblationPath.FullForward));
        Assert.That(last.Effects, Is.EqualTo(first.Effects).Within(1e-5));
        Assert.That(last.Effects.Any(e => Math.Abs(e) > 0.01), Is.True, "unit 0 feeds the head, so removing it must change the output");
    }

    [TestCase(AblationKind.ProjectOut)]
    [TestCase(AblationKind.Mean)]
    public void Direction_ablations_of_a_units_last_layer_equal_its_twins(AblationKind kind)
    {
        AblationEvidence last = Ablate(LayerLayout.UnitsLast, new DirectionSubject("layer", "mix", Reduction.Last), kind, allowSuffix: true);
        AblationEvidence first = Ablate(LayerLayout.UnitsFirst, new DirectionSubject("layer", "mix", Reduction.Last), kind, allowSuffix: true);

        Assert.That(last.Effects, Is.EqualTo(first.Effects).Within(1e-5));
        Assert.That(last.Effects.Any(e => Math.Abs(e) > 0.01), Is.True);
    }

    [Test]
    public void Layouts_move_the_unit_axis_and_back()
    {
        using Tensor output = tensor(Enumerable.Range(0, 24).Select(v => (float)v).ToArray()).reshape(2, 3, 4);
        using Tensor unitsFirst = LayerLayout.UnitsLast.ToUnitsFirst(output);
        using Tensor back = LayerLayout.UnitsLast.FromUnitsFirst(unitsFirst);

        Assert.That(unitsFirst.shape, Is.EqualTo(new long[] { 2, 4, 3 }));
        Assert.That(back.data<float>().ToArray(), Is.EqualTo(output.data<float>().ToArray()));
        Assert.That(unitsFirst[0, 1, 2].item<float>(), Is.EqualTo(output[0, 2, 1].item<float>()));
        Assert.That(ReferenceEquals(LayerLayout.UnitsFirst.ToUnitsFirst(output), output), Is.True);
    }

    private static AblationEvidence Ablate(LayerLayout layout, Subject subject, AblationKind kind, bool allowSuffix)
    {
        (Sequential last, Sequential first) = SequenceTwins.Models();
        Sequential model = layout.IsUnitsLast ? last : first;
        (layout.IsUnitsLast ? first : last).Dispose();
        using AuditTarget target = SequenceTwins.Target(model, layout, SequenceTwins.Split("held-out", SplitRole.HeldOut, 40, 3));
        var spec = new AblationEngineSettings { Kind = kind, AllowSuffix = allowSuffix, NullDraws = 200 };
        return AblationCheck.Measure(target, subject, target.Readout("out0"), "a", spec, seed: 11);
    }
}
