using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Targets;
using ClaimCheck.Tests.Sequences;
using NUnit.Framework;
using TorchSharp.Modules;

namespace ClaimCheck.Tests.Ablation;

/// <summary>An ablation may run on a seeded subsample of its split that keeps both classes, labels and documents.</summary>
public class AblationSampleTests
{
    private static DataSplit Split(int count) =>
        new("held-out", SplitRole.HeldOut, [.. Enumerable.Range(0, count).Select(i => (float)i)], [1],
            new Dictionary<string, bool[]> { ["c"] = [.. Enumerable.Range(0, count).Select(i => i % 5 == 0)] })
        {
            Documents = [.. Enumerable.Range(0, count).Select(i => $"file{i / 7}")],
        };

    [Test]
    public void A_subsample_takes_half_of_each_class_in_split_order_with_labels_and_documents()
    {
        DataSplit split = Split(500);
        DataSplit sample = AblationSample.Take(split, split.Labels["c"], 80, seed: 3);

        Assert.That(sample.Count, Is.EqualTo(80));
        Assert.That(sample.Labels["c"].Count(l => l), Is.EqualTo(40));
        float[] kept = sample.Values.ToArray();
        Assert.That(kept, Is.Ordered.Ascending);
        Assert.That(kept.Select((v, i) => sample.Labels["c"][i] == ((int)v % 5 == 0)), Is.All.True);
        Assert.That(kept.Select((v, i) => sample.Documents![i] == $"file{(int)v / 7}"), Is.All.True);
    }

    [Test]
    public void A_rare_class_gives_all_it_has_and_the_other_fills_the_rest()
    {
        DataSplit split = Split(100);   // 20 positives
        DataSplit sample = AblationSample.Take(split, split.Labels["c"], 60, seed: 3);

        Assert.That(sample.Count, Is.EqualTo(60));
        Assert.That(sample.Labels["c"].Count(l => l), Is.EqualTo(20));
    }

    [Test]
    public void The_same_seed_keeps_the_same_examples_and_another_seed_others()
    {
        DataSplit split = Split(500);
        float[] once = AblationSample.Take(split, split.Labels["c"], 80, seed: 3).Values.ToArray();

        Assert.That(AblationSample.Take(split, split.Labels["c"], 80, seed: 3).Values.ToArray(), Is.EqualTo(once));
        Assert.That(AblationSample.Take(split, split.Labels["c"], 80, seed: 4).Values.ToArray(), Is.Not.EqualTo(once));
    }

    [Test]
    public void No_maximum_or_a_small_split_is_the_split_itself()
    {
        DataSplit split = Split(50);

        Assert.That(AblationSample.Take(split, split.Labels["c"], null, seed: 3), Is.SameAs(split));
        Assert.That(AblationSample.Take(split, split.Labels["c"], 60, seed: 3), Is.SameAs(split));
    }

    [Test]
    public void An_ablation_on_a_subsample_says_so_and_measures_only_it()
    {
        (Sequential model, Sequential twin) = SequenceTwins.Models();
        twin.Dispose();
        using AuditTarget target = SequenceTwins.Target(model, LayerLayout.UnitsLast, SequenceTwins.Split("held-out", SplitRole.HeldOut, 400, 3));
        var spec = new AblationEngineSettings { Kind = AblationKind.Zero, MaxExamples = 60 };

        AblationEvidence evidence = AblationCheck.Measure(target, new UnitSubject("layer", 0, Reduction.Last), target.Readout("out0"), "a", spec, seed: 11);

        Assert.That(evidence.Sample, Is.EqualTo((60, 400)));
        Assert.That(evidence.Effects, Has.Count.EqualTo(60));
    }

    [Test]
    public void Patching_leaves_out_the_positives_whose_counterpart_is_themselves_and_counts_them()
    {
        DataSplit split = Split(50);                       // positives: 0, 5, 10, ..., 45
        float[] edited = split.Values.ToArray();
        for (int i = 0; i < edited.Length; i += 10)
        {
            edited[i] = -1;                                // positives 0, 10, 20, 30, 40 get a real counterpart
        }

        var counterparts = new DataSplit("held-out", SplitRole.HeldOut, edited, [1]);
        (DataSplit pool, int unpatched) = AblationSample.Patchable(split, split.Labels["c"], counterparts);

        Assert.That(unpatched, Is.EqualTo(5));
        Assert.That(pool.Count, Is.EqualTo(45));
        Assert.That(pool.Values.ToArray(), Does.Not.Contain(5f).And.Not.Contain(45f).And.Contain(10f).And.Contain(1f));
    }

    [Test]
    public void Patching_with_every_counterpart_edited_keeps_the_split_itself()
    {
        DataSplit split = Split(50);
        var counterparts = new DataSplit("held-out", SplitRole.HeldOut, [.. split.Values.ToArray().Select(v => v + 1000)], [1]);

        Assert.That(AblationSample.Patchable(split, split.Labels["c"], counterparts), Is.EqualTo((split, 0)));
    }

    [Test]
    public void A_maximum_below_sixty_is_rejected_with_an_id()
    {
        var error = Assert.Throws<ClaimCheckException>(() => new AblationEngineSettings { MaxExamples = 10 }.Validate());

        Assert.That(error!.Diagnostic.Id, Is.EqualTo(DiagnosticIds.SettingOutOfRange));
    }
}
