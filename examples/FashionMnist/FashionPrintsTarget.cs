using ClaimCheck.Evidence.Edits;
using ClaimCheck.Evidence.Edits.ReadyMade;
using ClaimCheck.Targets;
using FashionMnist.Data;
using FashionMnist.Edits;
using FashionMnist.Model;
using FashionMnist.Prints;

namespace FashionMnist;

/// <summary>
/// The prints world: the same network and image sets as <see cref="FashionMnistTarget"/> (discovery, held-out,
/// held-out-lighter), with horizontal stripes printed on a seeded half of each class of each split at a seeded strength
/// (<see cref="PrintedSplits"/>). Its concepts are the classes and groups, labelled from the data set, and
/// <see cref="PrintedStripes.Concept"/>, labelled by construction; so claims about an image edit meet the same
/// held-out checks, null and "also responds to" comparisons as claims about classes.
/// </summary>
/// <example>
/// <code>
/// using var world = new FashionPrintsTarget();
/// bool[] printed = world.Concepts[PrintedStripes.Concept].Label(world.Split(FashionMnistTarget.HeldOutSplit));
/// </code>
/// </example>
public sealed class FashionPrintsTarget : FashionNetTarget
{
    private readonly DataSplit[] _splits;
    private readonly Dictionary<string, PrintedImages> _images;

    /// <summary>Builds the world with the committed weights (what ClaimCheck calls).</summary>
    public FashionPrintsTarget()
        : this(FashionWeights.LoadCommitted())
    {
    }

    /// <summary>Builds the world around <paramref name="model"/>, which the target then owns and disposes.</summary>
    public FashionPrintsTarget(FashionNet model)
        : base(model)
    {
        _images = new Dictionary<string, PrintedImages>(StringComparer.Ordinal)
        {
            [FashionMnistTarget.DiscoverySplit] = PrintedSplits.Discovery(),
            [FashionMnistTarget.HeldOutSplit] = PrintedSplits.HeldOut(),
            [FashionMnistTarget.HeldOutShiftedSplit] = PrintedSplits.HeldOutShifted(),
        };
        _splits =
        [
            _images[FashionMnistTarget.DiscoverySplit].ToSplit(FashionMnistTarget.DiscoverySplit, SplitRole.Discovery),
            _images[FashionMnistTarget.HeldOutSplit].ToSplit(FashionMnistTarget.HeldOutSplit, SplitRole.HeldOut),
            _images[FashionMnistTarget.HeldOutShiftedSplit].ToSplit(FashionMnistTarget.HeldOutShiftedSplit, SplitRole.HeldOut),
        ];
        Concepts = new ConceptLibrary(
        [
            .. FashionConcepts.All.Select(c => new Concept(c, FashionConcepts.Describe(c))),
            new Concept(PrintedStripes.Concept, PrintedStripes.Description),
        ]);
    }

    /// <inheritdoc />
    public override string Name => "fashion-mnist prints world";

    /// <inheritdoc />
    public override IReadOnlyList<DataSplit> Splits => _splits;

    /// <inheritdoc />
    public override ConceptLibrary Concepts { get; }

    /// <summary>
    /// Image edits over the held-out split's images, each with its print. <see cref="PrintedStripes.Concept"/>: print,
    /// remove the print, shift or brightness (<see cref="PrintedStripesEdits"/>). A class or group: swaps for add and
    /// remove, and as nuisance the print toggled (printed where there was none, removed where there was), the one change
    /// this world adds to an image.
    /// </summary>
    public override ConceptEditSource? EditsFor(string concept)
    {
        PrintedImages heldOut = ImagesOf(FashionMnistTarget.HeldOutSplit);
        var bases = EditBases.Printed(heldOut);
        var encoder = new ExampleEncoder(FashionImages.ExampleShape);
        if (concept == PrintedStripes.Concept)
        {
            return ConceptEditSource.Create(new PrintedStripesEdits(heldOut), encoder);
        }

        return FashionConcepts.ClassesOf(concept) is null
            ? null
            : ConceptEditSource.Create(
                new ImageEdits(concept, bases, index => PrintEdits.Toggle(bases, heldOut.Prints, index)), encoder);
    }

    /// <summary>The printed images behind split <paramref name="splitName"/>, in split order.</summary>
    public PrintedImages ImagesOf(string splitName) =>
        _images.TryGetValue(splitName, out PrintedImages? images)
            ? images
            : throw new ArgumentException($"the fashion-mnist prints world has no split '{splitName}'", nameof(splitName));
}
