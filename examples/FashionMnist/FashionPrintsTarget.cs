using ClaimCheck.Evidence.Edits;
using ClaimCheck.Evidence.Edits.ReadyMade;
using ClaimCheck.Targets;
using FashionMnist.Data;
using FashionMnist.Edits;
using FashionMnist.Model;
using FashionMnist.Prints;

namespace FashionMnist;

/// <summary>
/// The prints world: the same network, readouts and image sets as <see cref="FashionMnistTarget"/> (discovery,
/// held-out, held-out-lighter), with horizontal stripes printed on a seeded half of each class of each split at a seeded
/// strength (<see cref="PrintedSplits"/>). Its concepts are the classes and groups, labelled from the data set, and
/// <see cref="PrintedStripes.Concept"/>, labelled by construction; so claims about an image edit meet the same
/// held-out checks, null and "also responds to" comparisons as claims about classes. Its edits, over the held-out
/// split's images with their prints: for <see cref="PrintedStripes.Concept"/>, print, remove the print, shift or
/// brightness (<see cref="PrintedStripesEdits"/>); for a class or group, swaps for add and remove, and as nuisance the
/// print toggled (printed where there was none, removed where there was), the one change this world adds to an image.
/// </summary>
/// <example>
/// <code>
/// using var world = new FashionPrintsTarget();
/// bool[] printed = world.Concepts[PrintedStripes.Concept].Label(world.Split(FashionMnistTarget.HeldOutSplit));
/// </code>
/// </example>
public sealed class FashionPrintsTarget : BuiltAuditTarget
{
    private readonly Dictionary<string, PrintedImages> _images;

    /// <summary>Builds the world with the committed weights (what ClaimCheck calls).</summary>
    public FashionPrintsTarget()
        : this(FashionWeights.LoadCommitted())
    {
    }

    /// <summary>Builds the world around <paramref name="model"/>, which the target then owns and disposes.</summary>
    public FashionPrintsTarget(FashionNet model)
        : this(model, new Dictionary<string, PrintedImages>(StringComparer.Ordinal)
        {
            [FashionMnistTarget.DiscoverySplit] = PrintedSplits.Discovery(),
            [FashionMnistTarget.HeldOutSplit] = PrintedSplits.HeldOut(),
            [FashionMnistTarget.HeldOutShiftedSplit] = PrintedSplits.HeldOutShifted(),
        })
    {
    }

    private FashionPrintsTarget(FashionNet model, Dictionary<string, PrintedImages> images)
        : base(FashionConcepts.All.Aggregate(
            FashionNetTarget.Build("fashion-mnist prints world", model).WithSplits(FashionMnistTarget.SplitNames.Select(name =>
                images[name].ToSplit(name, name == FashionMnistTarget.DiscoverySplit ? SplitRole.Discovery : SplitRole.HeldOut))),
            (target, concept) => target.WithConcept(concept, FashionConcepts.Describe(concept)).WithEdits(concept, _ => ClassEdits(concept, images)))
            .WithConcept(PrintedStripes.Concept, PrintedStripes.Description)
            .WithEdits(PrintedStripes.Concept, _ => ConceptEditSource.Create(
                new PrintedStripesEdits(images[FashionMnistTarget.HeldOutSplit]), new ExampleEncoder(FashionImages.ExampleShape))))
    {
        _images = images;
        Network = model;
    }

    /// <summary>The network, typed.</summary>
    public FashionNet Network { get; }

    /// <summary>The printed images behind split <paramref name="splitName"/>, in split order.</summary>
    public PrintedImages ImagesOf(string splitName) =>
        _images.TryGetValue(splitName, out PrintedImages? images)
            ? images
            : throw new ArgumentException($"the fashion-mnist prints world has no split '{splitName}'", nameof(splitName));

    private static ConceptEditSource ClassEdits(string concept, Dictionary<string, PrintedImages> images)
    {
        PrintedImages heldOut = images[FashionMnistTarget.HeldOutSplit];
        var bases = EditBases.Printed(heldOut);
        return ConceptEditSource.Create(
            new ImageEdits(concept, bases, index => PrintEdits.Toggle(bases, heldOut.Prints, index)), new ExampleEncoder(FashionImages.ExampleShape));
    }
}
