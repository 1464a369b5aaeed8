using ClaimCheck.Statistics;

namespace FashionMnist.Data;

/// <summary>
/// The world's three splits. Discovery: a small stratified sample of the training set (60 images per class), the kind
/// of sample a person looks at to name a unit. Held-out: 2,000 test-set images. Held-out-shifted: 2,000 other
/// test-set images with a lighter background (<see cref="PixelShift.LighterBackground"/>). The two held-out splits
/// take disjoint parts of one seeded permutation of the test set, so no image is in both.
/// </summary>
public static class FashionSplits
{
    /// <summary>Training images per class in the discovery split.</summary>
    public const int DiscoveryPerClass = 60;

    /// <summary>Test images in each held-out split.</summary>
    public const int HeldOutCount = 2_000;

    /// <summary>The discovery sample: <see cref="DiscoveryPerClass"/> training images of each class, classes interleaved.</summary>
    public static FashionImages Discovery()
    {
        var training = FashionMnistFiles.Training;
        int[] order = Permutation(training.Count, FashionSeeds.Discovery);
        var taken = new List<int>(DiscoveryPerClass * FashionConcepts.ClassCount);
        var perClass = new int[FashionConcepts.ClassCount];
        foreach (int index in order)
        {
            int label = training.Labels[index];
            if (perClass[label] < DiscoveryPerClass)
            {
                perClass[label]++;
                taken.Add(index);
                if (taken.Count == taken.Capacity)
                {
                    break;
                }
            }
        }

        return new FashionImages(training, "train", taken);
    }

    /// <summary>The held-out split: the first <see cref="HeldOutCount"/> images of the seeded test-set permutation.</summary>
    public static FashionImages HeldOut() =>
        new(FashionMnistFiles.Test, "t10k", TestPermutation()[..HeldOutCount]);

    /// <summary>The shifted held-out split: the next <see cref="HeldOutCount"/> images of the permutation, lighter.</summary>
    public static FashionImages HeldOutShifted() =>
        new(FashionMnistFiles.Test, "t10k", HeldOutShiftedIndices(), PixelShift.LighterBackground);

    /// <summary>
    /// The shifted held-out split's images before the shift: the prints world prints stripes on the garment first and
    /// lightens the photograph after, so the print stays on the garment and the background stays one grey.
    /// </summary>
    public static FashionImages HeldOutShiftedUnlightened() =>
        new(FashionMnistFiles.Test, "t10k", HeldOutShiftedIndices());

    private static int[] HeldOutShiftedIndices() => TestPermutation()[HeldOutCount..(2 * HeldOutCount)];

    private static int[] TestPermutation() => Permutation(FashionMnistFiles.Test.Count, FashionSeeds.HeldOut);

    private static int[] Permutation(int count, ulong seed)
    {
        int[] order = [.. Enumerable.Range(0, count)];
        new SeededRandom(seed).Shuffle(order.AsSpan());
        return order;
    }
}
