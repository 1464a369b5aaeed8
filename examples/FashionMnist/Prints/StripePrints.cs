using ClaimCheck.Statistics;
using FashionMnist.Data;
using FashionMnist.Edits;

namespace FashionMnist.Prints;

/// <summary>
/// Which images of a split carry printed stripes, and how strong: half of each class (rounded down), chosen by a seeded
/// shuffle, so the print is independent of the class by construction and no class can stand in for it; each print's
/// strength uniform from <see cref="MinSteps"/> to <see cref="MaxSteps"/> steps of <see cref="StripePrint.StripeStep"/>.
/// </summary>
public sealed class StripePrints
{
    /// <summary>
    /// The weakest print: rows darkened by 0.3, clearly visible on any garment (the base world's nuisance stripes, 0.1 to
    /// 0.4, are meant to be small changes; these are meant to be seen).
    /// </summary>
    public const int MinSteps = 3;

    /// <summary>The strongest print: rows darkened by 0.8, so the garment's shape still shows through its dark rows.</summary>
    public const int MaxSteps = 8;

    private readonly int[] _steps;

    private StripePrints(int[] steps)
    {
        _steps = steps;
    }

    /// <summary>The stripe strength of each image in steps; 0 for an image without a print.</summary>
    public IReadOnlyList<int> Steps => _steps;

    /// <summary>Number of images.</summary>
    public int Count => _steps.Length;

    /// <summary>Whether each image carries a print: the concept's labels.</summary>
    public bool[] Printed => [.. _steps.Select(s => s > 0)];

    /// <summary>
    /// Draws the prints of a split with class labels <paramref name="labels"/> from <paramref name="seed"/>: class by
    /// class (in label order) a shuffle of the class's images, the first half printed; then one strength per printed
    /// image, in image order.
    /// </summary>
    public static StripePrints Draw(IReadOnlyList<byte> labels, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var random = new SeededRandom(seed);
        var printed = new bool[labels.Count];
        for (int label = 0; label < FashionConcepts.ClassCount; label++)
        {
            int[] members = [.. Enumerable.Range(0, labels.Count).Where(i => labels[i] == label)];
            random.Shuffle(members.AsSpan());
            foreach (int index in members[..(members.Length / 2)])
            {
                printed[index] = true;
            }
        }

        return new StripePrints([.. printed.Select(p => p ? random.NextInt(MinSteps, MaxSteps + 1) : 0)]);
    }

    /// <summary>The seed of the prints of split <paramref name="splitName"/>, derived from <see cref="FashionSeeds.PrintedStripes"/>.</summary>
    public static ulong SeedOf(string splitName) => SeededRandom.Derive(FashionSeeds.PrintedStripes, splitName);
}
