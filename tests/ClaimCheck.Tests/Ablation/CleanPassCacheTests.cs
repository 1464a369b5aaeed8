using ClaimCheck.Claims;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Targets;
using NUnit.Framework;

namespace ClaimCheck.Tests.Ablation;

/// <summary>
/// Ablations of one layer on one split share the target's clean passes (<see cref="CleanPassCache"/>): one sweep over
/// the split for every claim, and every number bit for bit what a claim computing its own passes gets.
/// </summary>
public class CleanPassCacheTests
{
    // 48 examples per batch: the planted split's batches end in a partial one.
    private static PlantedAblationTarget Shared() => new(batchSize: 48);

    private static PlantedAblationTarget Uncached()
    {
        var target = new PlantedAblationTarget(batchSize: 48);
        target.CleanPasses = new CleanPassCache(elementBudget: 0);
        return target;
    }

    private static IEnumerable<TestCaseData> Ablations()
    {
        yield return new TestCaseData(new UnitSubject("layer", 0), new AblationEngineSettings { Kind = AblationKind.Mean }).SetName("Mean of a unit");
        yield return new TestCaseData(new UnitSetSubject("layer", [0, 3, 4]), new AblationEngineSettings { Kind = AblationKind.Zero }).SetName("Zero of a unit set");
        // Not Mean along a direction: its null's float32 product of the draws with the reference mean can differ in the
        // last bit between two runs of the same claim in one process, with or without kept passes (the BLAS kernel's
        // result depends on where the buffers happen to lie), so bit-for-bit equality is not a property it has.
        yield return new TestCaseData(new DirectionSubject("layer", "a-axis"), new AblationEngineSettings { Kind = AblationKind.ProjectOut }).SetName("Projection out of a direction");
        yield return new TestCaseData(new UnitSubject("layer", 0), new AblationEngineSettings { Kind = AblationKind.Resample }).SetName("Resampling a unit");
        yield return new TestCaseData(
            new DirectionSubject("layer", "a-axis"),
            new AblationEngineSettings { Kind = AblationKind.Patch, Counterparts = split => TinyTarget.Edited(split, x => [.. x.Select(v => v * 0.5f)]) })
            .SetName("Patching a direction from counterparts");
    }

    [TestCaseSource(nameof(Ablations))]
    public void Shared_clean_passes_give_every_number_bit_for_bit(Subject subject, AblationEngineSettings spec)
    {
        using PlantedAblationTarget shared = Shared();
        using PlantedAblationTarget uncached = Uncached();

        // Twice on the shared target: the second claim reads only kept passes.
        AblationEvidence first = Measure(shared, subject, spec);
        AblationEvidence second = Measure(shared, subject, spec);
        AblationEvidence alone = Measure(uncached, subject, spec);

        Assert.Multiple(() =>
        {
            foreach (AblationEvidence evidence in new[] { first, second })
            {
                Assert.That(Bits(evidence.Effects), Is.EqualTo(Bits(alone.Effects)));
                Assert.That(Bits(evidence.Null.Effects), Is.EqualTo(Bits(alone.Null.Effects)));
                Assert.That(Bits([evidence.Positives.Mean, evidence.Positives.MeanInterval.Lower, evidence.Positives.MeanInterval.Upper, evidence.Negatives.Mean, evidence.Null.P]),
                    Is.EqualTo(Bits([alone.Positives.Mean, alone.Positives.MeanInterval.Lower, alone.Positives.MeanInterval.Upper, alone.Negatives.Mean, alone.Null.P])));
                Assert.That(Bits(evidence.DormantPathway is { } d ? [d.LayerPositives.Mean, d.LayerNegatives.Mean] : []),
                    Is.EqualTo(Bits(alone.DormantPathway is { } a ? [a.LayerPositives.Mean, a.LayerNegatives.Mean] : [])));
            }

            Assert.That(uncached.CleanPasses.SweepsComputed, Is.Zero, "a budget of 0 keeps nothing");
        });
    }

    [Test]
    public void Claims_on_one_layer_and_split_share_one_sweep()
    {
        using PlantedAblationTarget target = Shared();

        Measure(target, new UnitSubject("layer", 0), new AblationEngineSettings { Kind = AblationKind.Mean });
        Measure(target, new UnitSubject("layer", 5), new AblationEngineSettings { Kind = AblationKind.Zero });
        Measure(target, new DirectionSubject("layer", "a-axis"), new AblationEngineSettings { Kind = AblationKind.ProjectOut, NullDraws = 400 });

        Assert.That(target.CleanPasses.SweepsComputed, Is.EqualTo(1), "the held-out split's clean passes, once for all three (the mean's reference included)");
    }

    [Test]
    public void A_sweep_over_the_budget_is_not_kept_and_changes_nothing()
    {
        using PlantedAblationTarget small = new(batchSize: 48);
        small.CleanPasses = new CleanPassCache(elementBudget: 100);
        using PlantedAblationTarget uncached = Uncached();
        var spec = new AblationEngineSettings { Kind = AblationKind.Mean };

        AblationEvidence evidence = Measure(small, new UnitSubject("layer", 0), spec);
        AblationEvidence alone = Measure(uncached, new UnitSubject("layer", 0), spec);

        Assert.Multiple(() =>
        {
            Assert.That(small.CleanPasses.SweepsComputed, Is.Zero);
            Assert.That(Bits(evidence.Effects), Is.EqualTo(Bits(alone.Effects)));
            Assert.That(Bits(evidence.Null.Effects), Is.EqualTo(Bits(alone.Null.Effects)));
        });
    }

    [Test]
    public void The_budget_holds_for_all_kept_sweeps_together()
    {
        using PlantedAblationTarget target = Shared();
        DataSplit heldOut = target.HeldOutSplits[0];
        // Exactly the held-out sweep: 2 outputs and 16 layer units per example.
        target.CleanPasses = new CleanPassCache(elementBudget: heldOut.Count * (2 + PlantedAblationTarget.Width));
        using PlantedAblationTarget uncached = Uncached();
        var onDiscovery = new AblationEngineSettings { Kind = AblationKind.Zero, Split = "discovery" };

        Measure(target, new UnitSubject("layer", 0), new AblationEngineSettings { Kind = AblationKind.Zero });
        AblationEvidence second = Measure(target, new UnitSubject("layer", 0), onDiscovery);
        AblationEvidence alone = Measure(uncached, new UnitSubject("layer", 0), onDiscovery);

        Assert.Multiple(() =>
        {
            Assert.That(target.CleanPasses.SweepsComputed, Is.EqualTo(1), "the discovery sweep would pass the budget: not kept");
            Assert.That(Bits(second.Effects), Is.EqualTo(Bits(alone.Effects)));
            Assert.That(Bits(second.Null.Effects), Is.EqualTo(Bits(alone.Null.Effects)));
        });
    }

    private static AblationEvidence Measure(AuditTarget target, Subject subject, AblationEngineSettings spec) =>
        AblationCheck.Measure(target, subject, target.Readout("a"), "a", spec, seed: 11);

    private static long[] Bits(IEnumerable<double> values) => [.. values.Select(BitConverter.DoubleToInt64Bits)];
}
