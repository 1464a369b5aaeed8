using ClaimCheck.Evidence.Edits;
using ClaimCheck.Readouts;
using ClaimCheck.Targets;
using FashionMnist.Data;
using FashionMnist.Edits;
using FashionMnist.Model;
using static TorchSharp.torch;

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
public sealed class FashionMnistTarget : AuditTarget
{
    /// <summary>Name of the discovery split.</summary>
    public const string DiscoverySplit = "discovery";

    /// <summary>Name of the held-out split.</summary>
    public const string HeldOutSplit = "held-out";

    /// <summary>Name of the shifted held-out split.</summary>
    public const string HeldOutShiftedSplit = "held-out-lighter";

    private readonly FashionNet _model;
    private readonly nn.Module<Tensor, Tensor> _chain;
    private readonly DataSplit[] _splits;
    private readonly Dictionary<string, FashionImages> _images;

    /// <summary>Builds the world with the committed weights (what ClaimCheck calls).</summary>
    public FashionMnistTarget()
        : this(FashionWeights.LoadCommitted())
    {
    }

    /// <summary>Builds the world around <paramref name="model"/>, which the target then owns and disposes.</summary>
    public FashionMnistTarget(FashionNet model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _model.eval();
        _chain = model.AsChain();
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
        Readouts =
        [
            .. FashionConcepts.Classes.Select(c => Read.ClassLogit(c.ConceptName(), (int)c)),
            .. FashionConcepts.Groups.Keys.Select(GroupLogOdds),
        ];
    }

    /// <inheritdoc />
    public override string Name => "fashion-mnist world";

    /// <inheritdoc />
    /// <remarks>The network as a chain of its layers (same weights and paths), so ablations re-run only what follows.</remarks>
    public override nn.Module<Tensor, Tensor> Model => _chain;

    /// <summary>The network, typed.</summary>
    public FashionNet Network => _model;

    /// <inheritdoc />
    public override IReadOnlyList<DataSplit> Splits => _splits;

    /// <inheritdoc />
    public override ConceptLibrary Concepts { get; }

    /// <summary>
    /// One readout per class, its logit (named like the class, e.g. <c>sneaker</c>), and one per group, its log-odds
    /// (e.g. <c>footwear</c>: log Σ p(footwear class) − log Σ p(other class)).
    /// </summary>
    public override IReadOnlyList<Readout> Readouts { get; }

    /// <summary>Image edits for every concept over the held-out split's images (see <see cref="ImageEdits"/>).</summary>
    public override ConceptEditSource? EditsFor(string concept) =>
        FashionConcepts.ClassesOf(concept) is null
            ? null
            : ConceptEditSource.Create(new ImageEdits(concept, ImagesOf(HeldOutSplit)), new ImageEncoder(ImagesOf(HeldOutSplit)));

    /// <summary>The images behind split <paramref name="splitName"/>, in split order.</summary>
    public FashionImages ImagesOf(string splitName) =>
        _images.TryGetValue(splitName, out FashionImages? images)
            ? images
            : throw new ArgumentException($"the fashion-mnist world has no split '{splitName}'", nameof(splitName));

    private static Readout GroupLogOdds(string group)
    {
        long[] members = [.. FashionConcepts.Groups[group].Select(c => (long)c)];
        long[] others = [.. Enumerable.Range(0, FashionConcepts.ClassCount).Select(i => (long)i).Except(members)];
        return Read.Metric(group, $"log-odds of {group}: logsumexp of its classes' logits minus logsumexp of the others'", output =>
        {
            using Tensor inside = tensor(members, device: output.device);
            using Tensor outside = tensor(others, device: output.device);
            return output.index_select(1, inside).logsumexp(1) - output.index_select(1, outside).logsumexp(1);
        });
    }
}
