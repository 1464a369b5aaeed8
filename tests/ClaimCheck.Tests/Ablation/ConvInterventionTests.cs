using ClaimCheck.Claims;
using ClaimCheck.Evidence.Ablation;
using NUnit.Framework;

namespace ClaimCheck.Tests.Ablation;

/// <summary>
/// Interventions on a convolution's channels, per position, against effects computed by hand on
/// <see cref="TinyModels.Conv"/>: channel 0 = x_p, channel 1 = 2·x_p, out0 = c0p0 + c1p1.
/// </summary>
public class ConvInterventionTests
{
    private static readonly float[][] Inputs = [[1, 2], [-1, 3], [0.5f, 0], [2, -2]];
    private static readonly bool[] Concept = [true, false, true, false];

    private static AblationEvidence Measure(Subject subject, AblationKind kind, bool allowSuffix = true)
    {
        using var target = new TinyTarget(TinyModels.Conv(), Inputs, Concept, directions: [new("both", "features.conv", [1, 1], "by hand")], exampleShape: [1, 2]);
        var spec = new AblationEngineSettings { Kind = kind, AllowSuffix = allowSuffix };
        return AblationCheck.Measure(target, subject, target.Readout("out0"), "c", spec, seed: 5);
    }

    [Test]
    public void ProjectOut_acts_over_the_channels_at_each_position()
    {
        // d = (1, 1)/√2 over channels; at position p, h·d = 3·x_p/√2, so h − h' = 1.5·x_p on both channels and the
        // head reads c0p0 + c1p1: effect = 1.5·x_0 + 1.5·x_1: 4.5, 3, 0.75, 0.
        AblationEvidence evidence = Measure(new DirectionSubject("features.conv", "both"), AblationKind.ProjectOut);

        Assert.That(evidence.Effects, Is.EqualTo(new[] { 4.5, 3, 0.75, 0 }).Within(1e-6));
    }

    [Test]
    public void Zero_clears_a_channel_at_every_position()
    {
        // Channel 1 reaches out0 through c1p1 = 2·x_1: effects 4, 6, 0, −4.
        AblationEvidence evidence = Measure(new UnitSubject("features.conv", 1), AblationKind.Zero);

        Assert.That(evidence.Effects, Is.EqualTo(new[] { 4.0, 6, 0, -4 }).Within(1e-6));
    }

    [Test]
    public void Mean_is_taken_per_unit_and_per_position()
    {
        // Channel 0 reaches out0 through position 0 only, whose mean is (1 − 1 + 0.5 + 2)/4 = 0.625: effect = x_0 − 0.625.
        // A mean over both positions (0.6875) would give other effects.
        AblationEvidence evidence = Measure(new UnitSubject("features.conv", 0), AblationKind.Mean);

        Assert.That(evidence.Effects, Is.EqualTo(new[] { 0.375, -1.625, -0.125, 1.375 }).Within(1e-6));
    }

    [Test]
    public void A_nested_chain_re_runs_from_the_layer_and_gives_what_full_passes_give()
    {
        AblationEvidence suffix = Measure(new DirectionSubject("features.conv", "both"), AblationKind.ProjectOut);
        AblationEvidence full = Measure(new DirectionSubject("features.conv", "both"), AblationKind.ProjectOut, allowSuffix: false);

        Assert.That(suffix.Path, Is.EqualTo(AblationPath.Suffix));
        Assert.That(full.Path, Is.EqualTo(AblationPath.FullForward));
        Assert.That(suffix.Effects, Is.EqualTo(full.Effects).Within(1e-5));
        Assert.That(suffix.Null.Effects, Is.EqualTo(full.Null.Effects).Within(1e-5));
    }
}
