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
/// with a lighter background. Readouts: each class's logit, and the log-odds of each group.
/// </summary>
/// <example>
/// <code>
/// using var world = new FashionMnistTarget();
/// DataSplit heldOut = world.Split(FashionMnistTarget.HeldOutSplit);
/// bool[] footwear = world.Concepts["footwear"].Label(heldOut);
/// </code>
/// </example>
public sealed class FashionMnistTarget : FashionNetTarget
{
    /// <summary>Name of the discovery split.</summary>
    public const string DiscoverySplit = "discovery";

    /// <summary>Name of the held-out split.</summary>
    public const string HeldOutSplit = "held-out";

    /// <summary>Name of the shifted held-out split.</summary>
    public const string HeldOutShiftedSplit = "held-out-lighter";

    private readonly DataSplit[] _splits;
    private readonly Dictionary<string, FashionImages> _images;

    /// <summary>Builds the world with the committed weights (what ClaimCheck calls).</summary>
    public FashionMnistTarget()
        : this(FashionWeights.LoadCommitted())
    {
    }

    /// <summary>Builds the world around <paramref name="model"/>, which the target then owns and disposes.</summary>
    public FashionMnistTarget(FashionNet model)
        : base(model)
    {
        _images = new Dictionary<string, FashionImages>(StringComparer.Ordinal)
        {
            [DiscoverySplit] = FashionSplits.Discovery(),
            [HeldOutSplit] = FashionSplits.HeldOut(),
            [HeldOutShiftedSplit] = FashionSplits.HeldOutShifted(),
        };
        _splits =
        [
            _images[DiscoverySplit].ToSplit(DiscoverySplit, SplitRole.Discovery),
            _images[HeldOutSplit].ToSplit(HeldOutSplit, SplitRole.HeldOut),
            _images[HeldOutShiftedSplit].ToSplit(HeldOutShiftedSplit, SplitRole.HeldOut),
        ];
        Concepts = new ConceptLibrary(FashionConcepts.All.Select(c => new Concept(c, FashionConcepts.Describe(c))));
    }

    /// <inheritdoc />
    public override string Name => "fashion-mnist world";

    /// <inheritdoc />
    public override IReadOnlyList<DataSplit> Splits => _splits;

    /// <inheritdoc />
    public override ConceptLibrary Concepts { get; }

    /// <summary>Image edits for every concept over the held-out split's images (see <see cref="ImageEdits"/>).</summary>
    public override ConceptEditSource? EditsFor(string concept) =>
        FashionConcepts.ClassesOf(concept) is null
            ? null
            : ConceptEditSource.Create(new ImageEdits(concept, ImagesOf(HeldOutSplit)), new ExampleEncoder(FashionImages.ExampleShape));

    /// <summary>The images behind split <paramref name="splitName"/>, in split order.</summary>
    public FashionImages ImagesOf(string splitName) =>
        _images.TryGetValue(splitName, out FashionImages? images)
            ? images
            : throw new ArgumentException($"the fashion-mnist world has no split '{splitName}'", nameof(splitName));
}
