using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Dictionaries;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Running;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using ClaimCheck.Tests.Ablation;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Tests.Dictionaries;

/// <summary>
/// Ablating a sparse-autoencoder latent: the layer moves along the latent's decoder row by (t − f_j(h)), t = 0 for Zero
/// and the latent's reference mean for Mean, against random directions of the row's norm moved by the same amounts.
/// On <see cref="TinyModels.Dense"/> (h = (x0, x1, x0 + x1), out0 = h·(1, 2, 3)) with a hand-made autoencoder whose
/// latent k is ReLU(h_k − 1.5) written back along unit k, latent 2 is 0, 0, 1.5, 0.5 on the four inputs.
/// </summary>
public class LatentAblationTests
{
    private static readonly float[][] Inputs = [[1, 0], [0, 1], [2, 1], [1, 1]];
    private static readonly bool[] Concept = [true, false, true, false];
    private static readonly double[] Latent2 = [0, 0, 1.5, 0.5];
    private static readonly double[] ReadoutWeights = [1, 2, 3];

    private static TinyTarget Tiny(string layer = "hidden") =>
        new(TinyModels.Dense(), Inputs, Concept,
            autoencoders: [new NamedAutoencoder("sae", HandMadeAutoencoders.UnitReaders(3, 3, 1.5f, layer: layer), "by hand")]);

    private static AblationEvidence Measure(AblationKind kind, int latent = 2, ulong seed = 11)
    {
        using TinyTarget target = Tiny();
        return AblationCheck.Measure(target, new LatentSubject("hidden", "sae", latent), target.Readout("out0"), "c", new AblationEngineSettings { Kind = kind }, seed);
    }

    [Test]
    public void Zero_removes_the_latent_s_contribution_and_nothing_else()
    {
        // Only f_2·e_2 leaves the layer: effect = 3·f_2, where zeroing unit 2 would remove 3·h_2 = 3, 3, 9, 6.
        AblationEvidence evidence = Measure(AblationKind.Zero);

        Assert.That(evidence.Effects, Is.EqualTo(Latent2.Select(f => 3 * f).ToArray()).Within(1e-6));
    }

    [Test]
    public void Mean_sets_the_latent_to_its_mean_over_the_reference_split()
    {
        // mean f_2 = 0.5, so effect = 3·(f_2 − 0.5).
        AblationEvidence evidence = Measure(AblationKind.Mean);

        Assert.That(evidence.Effects, Is.EqualTo(Latent2.Select(f => 3 * (f - 0.5)).ToArray()).Within(1e-6));
    }

    [Test]
    public void The_null_moves_each_example_by_the_latent_s_amount_along_random_directions_of_the_row_s_norm()
    {
        const ulong seed = 11;
        AblationEvidence evidence = Measure(AblationKind.Zero, seed: seed);

        int draws = new AblationEngineSettings().NullDraws;
        float[] directions = NullDraws.Directions(draws, 3, SeededRandom.Derive(seed, "ablation-null-directions"));
        int[] positives = Enumerable.Range(0, Inputs.Length).Where(i => Concept[i]).ToArray();
        double[] expected = Enumerable.Range(0, draws).Select(g =>
        {
            double along = Enumerable.Range(0, 3).Sum(c => ReadoutWeights[c] * directions[(g * 3) + c]);
            return positives.Sum(i => Latent2[i] * along) / positives.Length;
        }).ToArray();

        Assert.That(evidence.Null.Effects, Is.EqualTo(expected).Within(1e-5));
        Assert.That(evidence.Null.Description, Does.Contain("of the decoder row's norm"));
    }

    [TestCase(AblationKind.ProjectOut)]
    [TestCase(AblationKind.Resample)]
    [TestCase(AblationKind.Patch)]
    public void Kinds_that_replace_values_or_components_do_not_fit_a_latent(AblationKind kind)
    {
        var error = Assert.Throws<ClaimCheckException>(() => Measure(kind))!;

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.InterventionDoesNotFitSubject));
        Assert.That(error.Diagnostic.Message, Does.Contain("It takes Zero or Mean"));
    }

    [Test]
    public void A_latent_of_a_layer_with_positions_is_refused_with_CLM5045()
    {
        using var target = new TinyTarget(TinyModels.Conv(), [[1, 2], [3, 4]], [true, false], exampleShape: [1, 2],
            autoencoders: [new NamedAutoencoder("sae", HandMadeAutoencoders.UnitReaders(2, 1, 0f, layer: "features.conv"), "by hand")]);

        var error = Assert.Throws<ClaimCheckException>(() => AblationCheck.Measure(
            target, new LatentSubject("features.conv", "sae", 0), target.Readout("out0"), "c", new AblationEngineSettings { Kind = AblationKind.Zero }, 1))!;

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.LatentAblationUnsupported));
        Assert.That(error.Diagnostic.Message, Does.Contain("[batch, 2, 2]").And.Contain("no per-position form"));
    }

    [Test]
    public void A_latent_out_of_range_is_refused_with_CLM5041()
    {
        var error = Assert.Throws<ClaimCheckException>(() => Measure(AblationKind.Zero, latent: 3))!;

        Assert.That(error.Diagnostic.Id, Is.EqualTo(DiagnosticIds.LatentOutOfRange));
    }

    [Test]
    public void The_latent_that_carries_a_into_the_readout_drives_it_and_one_the_readout_ignores_is_refuted()
    {
        // Planted: out0 reads unit 0 (= a) and, weakly, the noise units; latent 0 reads and writes unit 0, latent 2 unit 2 (= b).
        using var target = new PlantedAblationTarget(
            autoencoders: [new NamedAutoencoder("sae", HandMadeAutoencoders.UnitReaders(PlantedAblationTarget.Width, 3, 0.5f), "by hand")]);

        ClaimResult carries = ClaimRunner.Run(target, DrivesA(0));
        ClaimResult ignored = ClaimRunner.Run(target, DrivesA(2));

        Assert.That(carries.Verdict, Is.EqualTo(Verdict.Holds), string.Join("\n", carries.Diagnostics));
        Assert.That(carries.Ablation!.Null.P, Is.LessThanOrEqualTo(0.05));
        Assert.That(ignored.Verdict, Is.EqualTo(Verdict.Refuted), string.Join("\n", ignored.Diagnostics));
        Assert.That(ignored.Diagnostics.Select(d => d.Id), Does.Contain(DiagnosticIds.AblationNoBetterThanNull));
    }

    private static ClaimDefinition DrivesA(int latent) =>
        Claim.That(Subjects.Latent("layer", "sae", latent)).Drives("a").WithAblation("a", AblationKind.Zero).Named($"Planted.Latent{latent}DrivesA");

    [Test]
    public void With_a_random_decoder_row_the_ablation_p_value_is_uniform()
    {
        // A latent that reads a (unit 0) but writes along an isotropic random row is exchangeable with the null's rows:
        // p is uniform, so P(p ≤ α) ≤ α. s = 0.5 makes the row's norm 2, so a null not scaled to it would show here.
        const int claims = 100;
        using var target = new PlantedAblationTarget();
        float[] rows = RandomDirections.Draw(claims, PlantedAblationTarget.Width, 20261125);
        double[] p = Enumerable.Range(0, claims).Select(k =>
        {
            float[] encoder = new float[PlantedAblationTarget.Width];
            encoder[0] = 1;
            var autoencoder = new SparseAutoencoder("layer", Reduction.Max, null, 0.5f, new float[PlantedAblationTarget.Width], encoder, [-0.25f],
                rows.AsSpan(k * PlantedAblationTarget.Width, PlantedAblationTarget.Width).ToArray(), new float[PlantedAblationTarget.Width]);
            using var withLatent = new PlantedAblationTarget(autoencoders: [new NamedAutoencoder("sae", autoencoder, "random row")]);
            return AblationCheck.Measure(withLatent, new LatentSubject("layer", "sae", 0), withLatent.Readout("a"), "a",
                new AblationEngineSettings { Kind = AblationKind.Zero, NullDraws = 199 }, (ulong)k).Null.P;
        }).ToArray();

        Interval small = Wilson.ScoreInterval(p.Count(v => v <= 0.05), claims, 0.99);
        Interval half = Wilson.ScoreInterval(p.Count(v => v <= 0.5), claims, 0.99);
        Assert.That(small.Lower, Is.LessThanOrEqualTo(0.05), $"P(p ≤ 0.05) = {small}");
        Assert.That(half.Lower, Is.LessThanOrEqualTo(0.5), $"P(p ≤ 0.5) = {half}");
        Assert.That(half.Upper, Is.GreaterThanOrEqualTo(0.5), $"P(p ≤ 0.5) = {half}");
    }
}
