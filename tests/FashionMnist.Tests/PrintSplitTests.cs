using ClaimCheck.Targets;
using FashionMnist.Data;
using FashionMnist.Prints;
using NUnit.Framework;

namespace FashionMnist.Tests;

/// <summary>
/// The prints world's splits: the base world's images with stripes printed on a seeded half of each class; the labels
/// say exactly which images the rendering changed; same bytes every run; disjoint.
/// </summary>
public class PrintSplitTests
{
    private static readonly string[] SplitNames =
        [FashionMnistTarget.DiscoverySplit, FashionMnistTarget.HeldOutSplit, FashionMnistTarget.HeldOutShiftedSplit];

    private static FashionImages Original(string split) => split switch
    {
        FashionMnistTarget.DiscoverySplit => World.Target.ImagesOf(FashionMnistTarget.DiscoverySplit),
        FashionMnistTarget.HeldOutSplit => World.Target.ImagesOf(FashionMnistTarget.HeldOutSplit),
        _ => World.Target.ImagesOf(FashionMnistTarget.HeldOutShiftedSplit),
    };

    [TestCaseSource(nameof(SplitNames))]
    public void The_label_says_which_images_the_print_changed(string split)
    {
        PrintedImages printed = World.Prints.ImagesOf(split);
        FashionImages original = Original(split);
        bool[] labels = World.Prints.Concepts[PrintedStripes.Concept].Label(World.Prints.Split(split));

        Assert.That(printed.Plain.SourceIndices, Is.EqualTo(original.SourceIndices), "the same images in the same order");
        for (int i = 0; i < printed.Count; i++)
        {
            bool same = printed.Image(i).SequenceEqual(original.Image(i));
            Assert.That(same, Is.EqualTo(!labels[i]), $"image {i} ({(labels[i] ? "printed" : "unprinted")})");
        }
    }

    [TestCaseSource(nameof(SplitNames))]
    public void Half_of_each_class_is_printed_at_0_3_to_0_8(string split)
    {
        PrintedImages printed = World.Prints.ImagesOf(split);
        bool[] flags = printed.Prints.Printed;

        foreach (IGrouping<byte, int> members in Enumerable.Range(0, printed.Count).GroupBy(i => printed.Labels[i]))
        {
            Assert.That(members.Count(i => flags[i]), Is.EqualTo(members.Count() / 2), $"class {members.Key}");
        }

        int[] strengths = [.. printed.Prints.Steps.Where(s => s > 0)];
        Assert.That(strengths, Is.All.InRange(StripePrints.MinSteps, StripePrints.MaxSteps));
        Assert.That(strengths.Distinct().Count(), Is.EqualTo(StripePrints.MaxSteps - StripePrints.MinSteps + 1), "every strength drawn");
    }

    [Test]
    public void On_the_lighter_split_the_print_stays_on_the_garment()
    {
        // Printed before the shift: background pixels (0 in the original) stay the split's 0.2 grey on printed images too.
        PrintedImages lighter = World.Prints.ImagesOf(FashionMnistTarget.HeldOutShiftedSplit);
        int printedCorners = 0;
        for (int i = 0; i < lighter.Count; i++)
        {
            if (lighter.Prints.Steps[i] > 0 && lighter.Plain.Image(i)[0] == 0f)
            {
                printedCorners++;
                Assert.That(lighter.Image(i)[0], Is.EqualTo(PixelShift.LighterBackground.Apply(0f)), $"image {i}");
            }
        }

        Assert.That(printedCorners, Is.GreaterThan(500), "most printed images have a background corner");
        Assert.That(lighter.Pixels.Min(), Is.EqualTo(0.2f).Within(1e-6));
    }

    [Test]
    public void Prints_splits_are_the_same_on_every_build()
    {
        DataSplit split = World.Prints.Split(FashionMnistTarget.HeldOutShiftedSplit);
        PrintedImages again = PrintedSplits.HeldOutShifted();

        Assert.That(again.ToSplit(split.Name, split.Role).Fingerprint, Is.EqualTo(split.Fingerprint));
        Assert.That(again.Prints.Steps, Is.EqualTo(World.Prints.ImagesOf(split.Name).Prints.Steps));
    }

    [Test]
    public void Prints_splits_are_pinned_by_their_fingerprints()
    {
        // Recorded when the prints world was built; a change of seed, print rule or rendering changes them (and the
        // snapshots of PrintedStripesClaims with them).
        Assert.That(World.Prints.Splits.Select(s => $"{s.Name} {s.Fingerprint}"), Is.EqualTo(new[]
        {
            "discovery " + PinnedFingerprints.PrintsDiscovery,
            "held-out " + PinnedFingerprints.PrintsHeldOut,
            "held-out-lighter " + PinnedFingerprints.PrintsHeldOutLighter,
        }));
    }

    [Test]
    public void Each_split_draws_its_prints_from_its_own_seed()
    {
        ulong[] seeds = [.. SplitNames.Select(StripePrints.SeedOf)];

        Assert.That(seeds, Is.Unique);
        Assert.That(seeds, Has.None.EqualTo(FashionSeeds.PrintedStripes));
        Assert.That(StripePrints.Draw(World.Prints.ImagesOf(FashionMnistTarget.DiscoverySplit).Labels, seeds[0]).Steps,
            Is.EqualTo(World.Prints.ImagesOf(FashionMnistTarget.DiscoverySplit).Prints.Steps));
    }

    [Test]
    public void Prints_splits_share_no_image()
    {
        DataSplit[] splits = [.. World.Prints.Splits];
        for (int a = 0; a < splits.Length; a++)
        {
            for (int b = a + 1; b < splits.Length; b++)
            {
                Assert.That(splits[a].ExampleHashes.Intersect(splits[b].ExampleHashes), Is.Empty, $"{splits[a].Name} and {splits[b].Name}");
            }
        }

        Assert.DoesNotThrow(World.Prints.Prepare, "ClaimCheck's own check: no discovery image held out");
    }

    [Test]
    public void Prints_are_refused_on_already_shifted_images()
    {
        FashionImages lighter = World.Target.ImagesOf(FashionMnistTarget.HeldOutShiftedSplit);

        Assert.Throws<ArgumentException>(() => _ = new PrintedImages(lighter, StripePrints.Draw(lighter.Labels, 1)));
    }
}
