using ClaimCheck.Targets;
using FashionMnist.Data;
using NUnit.Framework;

namespace FashionMnist.Tests;

/// <summary>The splits are drawn from recorded seeds: the same every run, disjoint, and shaped as documented.</summary>
public class SplitTests
{
    [Test]
    public void Splits_are_the_same_on_every_build()
    {
        FashionImages again = FashionSplits.HeldOutShifted();
        DataSplit split = World.Target.Split(FashionMnistTarget.HeldOutShiftedSplit);

        Assert.That(again.ToSplit(split.Name, split.Role).Fingerprint, Is.EqualTo(split.Fingerprint));
        Assert.That(FashionSplits.Discovery().SourceIndices, Is.EqualTo(World.Target.ImagesOf(FashionMnistTarget.DiscoverySplit).SourceIndices));
    }

    [Test]
    public void Splits_are_pinned_by_their_fingerprints()
    {
        // Recorded when the splits were designed; a change of seed, sampling or pixel scaling changes them (and every
        // snapshot of the claim suite with them).
        Assert.That(World.Target.Splits.Select(s => $"{s.Name} {s.Fingerprint}"), Is.EqualTo(new[]
        {
            "discovery " + PinnedFingerprints.Discovery,
            "held-out " + PinnedFingerprints.HeldOut,
            "held-out-lighter " + PinnedFingerprints.HeldOutLighter,
        }));
    }

    [Test]
    public void Discovery_takes_60_training_images_per_class()
    {
        FashionImages discovery = World.Target.ImagesOf(FashionMnistTarget.DiscoverySplit);

        Assert.That(discovery.SourceName, Is.EqualTo("train"));
        Assert.That(discovery.Labels.CountBy(l => l).Select(p => p.Value), Is.All.EqualTo(FashionSplits.DiscoveryPerClass));
        Assert.That(discovery.Count, Is.EqualTo(600));
        Assert.That(discovery.SourceIndices, Is.Unique);
    }

    [Test]
    public void The_held_out_splits_take_disjoint_test_images()
    {
        FashionImages heldOut = World.Target.ImagesOf(FashionMnistTarget.HeldOutSplit);
        FashionImages lighter = World.Target.ImagesOf(FashionMnistTarget.HeldOutShiftedSplit);

        Assert.That(heldOut.SourceName, Is.EqualTo("t10k"));
        Assert.That(heldOut.Count, Is.EqualTo(2_000));
        Assert.That(lighter.Count, Is.EqualTo(2_000));
        Assert.That(heldOut.SourceIndices.Intersect(lighter.SourceIndices), Is.Empty);
        Assert.That(heldOut.SourceIndices.Concat(lighter.SourceIndices), Is.Unique);
    }

    [Test]
    public void The_lighter_split_raises_the_background_to_0_2()
    {
        FashionImages lighter = World.Target.ImagesOf(FashionMnistTarget.HeldOutShiftedSplit);

        Assert.That(lighter.Pixels.Min(), Is.EqualTo(0.2f).Within(1e-6));
        Assert.That(lighter.Pixels.Max(), Is.LessThanOrEqualTo(1f));
        Assert.That(World.Target.ImagesOf(FashionMnistTarget.HeldOutSplit).Pixels.Min(), Is.Zero);
    }

    [Test]
    public void Group_labels_are_unions_of_class_labels()
    {
        DataSplit heldOut = World.Target.Split(FashionMnistTarget.HeldOutSplit);
        bool[] footwear = World.Target.Concepts[FashionConcepts.Footwear].Label(heldOut);
        bool[] sandal = World.Target.Concepts["sandal"].Label(heldOut);
        bool[] sneaker = World.Target.Concepts["sneaker"].Label(heldOut);
        bool[] boot = World.Target.Concepts["ankle-boot"].Label(heldOut);

        Assert.That(footwear, Is.EqualTo(footwear.Select((_, i) => sandal[i] || sneaker[i] || boot[i])));
        Assert.That(footwear.Count(f => f), Is.InRange(500, 700), "three classes of ten: about 600 of 2,000");
    }
}
