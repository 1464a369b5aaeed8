using ClaimCheck.Evidence.Edits;
using ClaimCheck.Evidence.Edits.ReadyMade;
using ClaimCheck.Targets;
using FashionMnist.Data;
using FashionMnist.Edits;
using FashionMnist.Model;

namespace FashionMnist;

/// <summary>
/// The Fashion-MNIST world as a ClaimCheck audit target: the trained <see cref="FashionNet"/> (committed weights,
/// checked against their SHA-256), a concept per class and per group of classes (labels from the data set), a small
/// discovery sample of the training set, a held-out split of test images and a held-out split of other test images
/// with a lighter background; image edits for every concept over the held-out split's images (see
/// <see cref="ImageEdits"/>). Readouts: each class's logit, and the log-odds of each group (<see cref="FashionNetTarget"/>).
/// </summary>
/// <example>
/// <code>
/// using var world = new FashionMnistTarget();
/// DataSplit heldOut = world.Split(FashionMnistTarget.HeldOutSplit);
/// bool[] footwear = world.Concepts["footwear"].Label(heldOut);
/// </code>
/// </example>
public sealed class FashionMnistTarget : BuiltAuditTarget
{
    /// <summary>Name of the discovery split.</summary>
    public const string DiscoverySplit = "discovery";

    /// <summary>Name of the held-out split.</summary>
    public const string HeldOutSplit = "held-out";

    /// <summary>Name of the shifted held-out split.</summary>
    public const string HeldOutShiftedSplit = "held-out-lighter";

    /// <summary>The names of the splits, in order: discovery, held-out, held-out-lighter.</summary>
    public static IReadOnlyList<string> SplitNames { get; } = [DiscoverySplit, HeldOutSplit, HeldOutShiftedSplit];

    private readonly Dictionary<string, FashionImages> _images;

    /// <summary>Builds the world with the committed weights (what ClaimCheck calls).</summary>
    public FashionMnistTarget()
        : this(FashionWeights.LoadCommitted())
    {
    }

    /// <summary>Builds the world around <paramref name="model"/>, which the target then owns and disposes.</summary>
    public FashionMnistTarget(FashionNet model)
        : this(model, new Dictionary<string, FashionImages>(StringComparer.Ordinal)
        {
            [DiscoverySplit] = FashionSplits.Discovery(),
            [HeldOutSplit] = FashionSplits.HeldOut(),
            [HeldOutShiftedSplit] = FashionSplits.HeldOutShifted(),
        })
    {
    }

    private FashionMnistTarget(FashionNet model, Dictionary<string, FashionImages> images)
        : base(FashionConcepts.All.Aggregate(
            FashionNetTarget.Build("fashion-mnist world", model).WithSplits(SplitNames.Select(name =>
                images[name].ToSplit(name, name == DiscoverySplit ? SplitRole.Discovery : SplitRole.HeldOut))),
            (target, concept) => target.WithConcept(concept, FashionConcepts.Describe(concept)).WithEdits(concept, _ =>
                ConceptEditSource.Create(new ImageEdits(concept, images[HeldOutSplit]), new ExampleEncoder(FashionImages.ExampleShape)))))
    {
        _images = images;
        Network = model;
    }

    /// <summary>The network, typed.</summary>
    public FashionNet Network { get; }

    /// <summary>The images behind split <paramref name="splitName"/>, in split order.</summary>
    public FashionImages ImagesOf(string splitName) =>
        _images.TryGetValue(splitName, out FashionImages? images)
            ? images
            : throw new ArgumentException($"the fashion-mnist world has no split '{splitName}'", nameof(splitName));
}
