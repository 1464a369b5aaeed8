using ClaimCheck.Claims;
using ClaimCheck.Evidence.Ablation;
using NUnit.Framework;

namespace ClaimCheck.Tests.Ablation;

/// <summary>A model that is not a chain of layers is ablated through whole forward passes with a replacing hook.</summary>
public class FullForwardTests
{
    private static readonly float[][] Inputs = [[1, 0], [0, 1], [2, 1], [1, 1]];
    private static readonly bool[] Concept = [true, false, true, false];

    [Test]
    public void A_custom_module_gets_the_hand_computed_effects_through_full_passes()
    {
        // Same maps as the Sequential: zeroing h1 removes 2·x1 from out0.
        using var target = new TinyTarget(TinyModels.CustomDense(), Inputs, Concept);

        AblationEvidence evidence = AblationCheck.Measure(
            target, new UnitSubject("hidden", 1), target.Readout("out0"), "c", new AblationEngineSettings { Kind = AblationKind.Zero }, seed: 1);

        Assert.That(evidence.Path, Is.EqualTo(AblationPath.FullForward));
        Assert.That(evidence.Effects, Is.EqualTo(new[] { 0.0, 2, 2, 2 }).Within(1e-6));
    }

    [Test]
    public void Full_passes_stack_null_draws_like_the_suffix_does()
    {
        using var custom = new TinyTarget(TinyModels.CustomDense(), Inputs, Concept, batchSize: 3);
        using var chain = new TinyTarget(TinyModels.Dense(), Inputs, Concept, batchSize: 3);
        var spec = new AblationEngineSettings { Kind = AblationKind.Mean, NullDraws = 100, StackedElements = 90 };

        AblationEvidence full = AblationCheck.Measure(custom, new UnitSubject("hidden", 2), custom.Readout("out0"), "c", spec, seed: 4);
        AblationEvidence suffix = AblationCheck.Measure(chain, new UnitSubject("hidden", 2), chain.Readout("out0"), "c", spec, seed: 4);

        Assert.That(full.Null.Effects, Is.EqualTo(suffix.Null.Effects).Within(1e-5));
        Assert.That(full.Effects, Is.EqualTo(suffix.Effects).Within(1e-5));
    }
}
