using ClaimCheck.Claims;
using ClaimCheck.Evidence.Ablation;
using NUnit.Framework;

namespace ClaimCheck.Tests.Ablation;

/// <summary>
/// An ablation's bootstraps run side by side, each on a stream of its own: run where only one task may run at a time,
/// a claim's intervals are bit for bit those of a run on every core.
/// </summary>
public class SummaryThreadsTests
{
    [Test]
    public void The_intervals_do_not_depend_on_how_many_tasks_run_at_once()
    {
        using var target = new PlantedAblationTarget();
        // A patch of a direction has every summary: both classes, their difference and the dormant-pathway layer patch.
        var spec = new AblationEngineSettings { Kind = AblationKind.Patch, Counterparts = split => TinyTarget.Edited(split, x => [.. x.Select(v => v * 0.5f)]) };
        AblationEvidence Measure() => AblationCheck.Measure(target, new DirectionSubject("layer", "a-axis"), target.Readout("a"), "a", spec, seed: 23);

        AblationEvidence everyCore = Measure();
        var oneAtATime = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, maxConcurrencyLevel: 1).ConcurrentScheduler;
        AblationEvidence serial = Task.Factory.StartNew(Measure, CancellationToken.None, TaskCreationOptions.None, oneAtATime).GetAwaiter().GetResult();

        Assert.That(Figures(serial), Is.EqualTo(Figures(everyCore)));
    }

    private static long[] Figures(AblationEvidence evidence)
    {
        DormantPathwayCheck dormant = evidence.DormantPathway ?? throw new AssertionException("a patched direction has a dormant-pathway check");
        double[] figures =
        [
            evidence.Positives.Mean, evidence.Positives.MeanInterval.Lower, evidence.Positives.MeanInterval.Upper, evidence.Positives.Median,
            evidence.Negatives.Mean, evidence.Negatives.MeanInterval.Lower, evidence.Negatives.MeanInterval.Upper,
            evidence.SpecificityInterval.Lower, evidence.SpecificityInterval.Upper,
            dormant.LayerPositives.MeanInterval.Lower, dormant.LayerPositives.MeanInterval.Upper,
            dormant.LayerNegatives.MeanInterval.Lower, dormant.LayerNegatives.MeanInterval.Upper,
        ];
        return [.. figures.Select(BitConverter.DoubleToInt64Bits)];
    }
}
