using ClaimCheck.Claims;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Statistics;
using NUnit.Framework;

namespace ClaimCheck.Tests.Ablation;

/// <summary>
/// Each intervention against effects computed by hand on <see cref="TinyModels.Dense"/>: h = (x0, x1, x0 + x1) and
/// out0 = h0 + 2·h1 + 3·h2, so effect = out0(h) − out0(h') = (h − h')·(1, 2, 3). Inputs (1,0)+, (0,1)−, (2,1)+, (1,1)−.
/// </summary>
public class InterventionTests
{
    private static readonly float[][] Inputs = [[1, 0], [0, 1], [2, 1], [1, 1]];
    private static readonly bool[] Concept = [true, false, true, false];
    private static readonly float[] Diagonal = [1, 1, 0];

    private static AblationEvidence Measure(Subject subject, AblationEngineSettings spec, ulong seed = 11)
    {
        using var target = new TinyTarget(TinyModels.Dense(), Inputs, Concept, directions: [new("diag", "hidden", Diagonal, "by hand")]);
        return AblationCheck.Measure(target, subject, target.Readout("out0"), "c", spec, seed);
    }

    [Test]
    public void Zero_removes_the_units_contribution()
    {
        // Zeroing h1 removes 2·h1 = 2·x1: effects 0, 2, 2, 2.
        AblationEvidence evidence = Measure(new UnitSubject("hidden", 1), new AblationEngineSettings { Kind = AblationKind.Zero });

        Assert.That(evidence.Effects, Is.EqualTo(new[] { 0.0, 2, 2, 2 }).Within(1e-6));
    }

    [Test]
    public void Mean_sets_the_unit_to_its_split_mean()
    {
        // mean h2 = (1 + 1 + 3 + 2) / 4 = 1.75, so effect = 3·(h2 − 1.75): −2.25, −2.25, 3.75, 0.75.
        AblationEvidence evidence = Measure(new UnitSubject("hidden", 2), new AblationEngineSettings { Kind = AblationKind.Mean });

        Assert.That(evidence.Effects, Is.EqualTo(new[] { -2.25, -2.25, 3.75, 0.75 }).Within(1e-6));
    }

    [Test]
    public void Mean_of_a_unit_set_replaces_every_unit_of_the_set()
    {
        // Units {0, 1} to their means (1, 0.75): effect = (x0 − 1) + 2·(x1 − 0.75): −1.5, −0.5, 1.5, 0.5.
        AblationEvidence evidence = Measure(new UnitSetSubject("hidden", [0, 1]), new AblationEngineSettings { Kind = AblationKind.Mean });

        Assert.That(evidence.Effects, Is.EqualTo(new[] { -1.5, -0.5, 1.5, 0.5 }).Within(1e-6));
    }

    [Test]
    public void Resample_takes_the_unit_from_another_input_of_the_split()
    {
        const ulong seed = 11;
        int[] source = SourceInputs.Permutation(4, SeededRandom.Derive(seed, "ablation-resample"));
        // Unit 0 from input source[i]: effect = h0(x_i) − h0(x_source[i]) = x0_i − x0_source[i].
        double[] expected = Enumerable.Range(0, 4).Select(i => (double)Inputs[i][0] - Inputs[source[i]][0]).ToArray();

        AblationEvidence evidence = Measure(new UnitSubject("hidden", 0), new AblationEngineSettings { Kind = AblationKind.Resample }, seed);

        Assert.That(source.Select((s, i) => s != i), Is.All.True, "a derangement: no input is its own source");
        Assert.That(source.Order(), Is.EqualTo(new[] { 0, 1, 2, 3 }), "a permutation");
        Assert.That(evidence.Effects, Is.EqualTo(expected).Within(1e-6));
    }

    [Test]
    public void ProjectOut_removes_the_component_along_the_direction()
    {
        // d = (1, 1, 0)/√2: h·d d = (x0 + x1)/2 · (1, 1, 0), so effect = (x0 + x1)/2 · (1 + 2) = 1.5·(x0 + x1).
        AblationEvidence evidence = Measure(new DirectionSubject("hidden", "diag"), new AblationEngineSettings { Kind = AblationKind.ProjectOut });

        Assert.That(evidence.Effects, Is.EqualTo(new[] { 1.5, 1.5, 4.5, 3 }).Within(1e-6));
    }

    [Test]
    public void Mean_along_a_direction_sets_only_its_component_to_the_mean()
    {
        // mean h = (1, 0.75, 1.75), μ·d = 1.75/√2; effect = (h·d − μ·d)(d·w) with d·w = 3/√2 = 1.5·(x0 + x1 − 1.75).
        AblationEvidence evidence = Measure(new DirectionSubject("hidden", "diag"), new AblationEngineSettings { Kind = AblationKind.Mean });

        Assert.That(evidence.Effects, Is.EqualTo(new[] { -1.125, -1.125, 1.875, 0.375 }).Within(1e-6));
    }

    [Test]
    public void Patch_sets_the_component_to_the_counterparts_and_the_whole_layer_is_patched_too()
    {
        // Counterpart: x0 set to 0, so h_cf·d = x1/√2 and effect = (x0/√2)(3/√2) = 1.5·x0: 1.5, 0, 3, 1.5.
        // Whole layer: out0(h) − out0(h_cf) = (4·x0 + 5·x1) − 5·x1 = 4·x0: 4, 0, 8, 4, larger, so no dormant flag.
        var spec = new AblationEngineSettings
        {
            Kind = AblationKind.Patch,
            Counterparts = split => TinyTarget.Edited(split, x => [0, x[1]]),
        };

        AblationEvidence evidence = Measure(new DirectionSubject("hidden", "diag"), spec);

        Assert.That(evidence.Effects, Is.EqualTo(new[] { 1.5, 0, 3, 1.5 }).Within(1e-6));
        Assert.That(evidence.DormantPathway, Is.Not.Null);
        Assert.That(evidence.DormantPathway!.LayerPositives.Mean, Is.EqualTo(6).Within(1e-6), "positives: (4 + 8) / 2");
        Assert.That(evidence.DormantPathway.LayerNegatives.Mean, Is.EqualTo(2).Within(1e-6), "negatives: (0 + 4) / 2");
        Assert.That(evidence.DormantPathway.Flagged, Is.False);
        Assert.That(evidence.DormantPathway.ToDiagnostic(evidence.Subject, evidence.Split), Is.Null);
    }

    [Test]
    public void Only_patching_runs_the_dormant_pathway_guard()
    {
        AblationEvidence evidence = Measure(new DirectionSubject("hidden", "diag"), new AblationEngineSettings { Kind = AblationKind.ProjectOut });

        Assert.That(evidence.DormantPathway, Is.Null);
    }

    [Test]
    public void Effects_are_summarised_per_class_with_the_cancellation_figures()
    {
        // Mean ablation of h2: positives −2.25 and 3.75 (mean 0.75, half of them of the opposite sign, mean |e| 3),
        // negatives −2.25 and 0.75 (mean −0.75).
        AblationEvidence evidence = Measure(new UnitSubject("hidden", 2), new AblationEngineSettings { Kind = AblationKind.Mean });

        Assert.Multiple(() =>
        {
            Assert.That(evidence.Positives.Count, Is.EqualTo(2));
            Assert.That(evidence.Positives.Mean, Is.EqualTo(0.75).Within(1e-6));
            Assert.That(evidence.Positives.Median, Is.EqualTo(0.75).Within(1e-6));
            Assert.That(evidence.Positives.MeanAbsolute, Is.EqualTo(3).Within(1e-6));
            Assert.That(evidence.Positives.OppositeSignFraction, Is.EqualTo(0.5));
            Assert.That(evidence.Positives.MeanInterval.Lower, Is.GreaterThanOrEqualTo(-2.25 - 1e-6));
            Assert.That(evidence.Positives.MeanInterval.Upper, Is.LessThanOrEqualTo(3.75 + 1e-6));
            Assert.That(evidence.Negatives.Mean, Is.EqualTo(-0.75).Within(1e-6));
            Assert.That(evidence.Negatives.OppositeSignFraction, Is.EqualTo(0.5));
            Assert.That(evidence.Specificity, Is.EqualTo(1.5).Within(1e-6));
            Assert.That(evidence.ConceptPresent, Is.EqualTo(Concept));
        });
    }

    [Test]
    public void A_layer_with_few_sets_is_compared_with_each_other_set_once()
    {
        // Sets of two of three units: {0,1} (the subject), {0,2}, {1,2}. Zeroing them removes (1,2,3)·h on those units:
        // positives (1,0) and (2,1) have h = (1,0,1) and (2,1,3), so {0,2} removes 4 and 11 (mean 7.5), {1,2} 3 and 11 (7),
        // {0,1} 1 and 4 (2.5): both others beat the subject, p = (1 + 2) / 3.
        AblationEvidence evidence = Measure(new UnitSetSubject("hidden", [0, 1]), new AblationEngineSettings { Kind = AblationKind.Zero });

        Assert.That(evidence.Null.Description, Is.EqualTo("each of the other 2 sets of 2 units of hidden"));
        Assert.That(evidence.Null.Effects, Is.EqualTo(new[] { 7.5, 7.0 }).Within(1e-6));
        Assert.That(evidence.Null.P, Is.EqualTo(1.0).Within(1e-12));
        Assert.That(evidence.Null.SmallestP, Is.EqualTo(1.0 / 3).Within(1e-12));
    }

    [Test]
    public void Random_unit_sets_are_drawn_from_the_whole_layer_the_subject_s_own_units_included()
    {
        // Under the null the subject is one of the layer's random sets, so draws must be able to equal it: of the three
        // sets of two among three units, the subject's own is drawn about a third of the time.
        float[] rows = NullDraws.UnitSets(300, 3, 2, SeededRandom.Derive(11, "ablation-null-units"));
        int own = Enumerable.Range(0, 300).Count(d => rows[d * 3] == 1 && rows[(d * 3) + 1] == 1);

        Assert.That(own, Is.InRange(60, 140));
    }
}
