using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace StripesWorld.Model;

/// <summary>
/// The stripes world's network: three convolution blocks, a global max-pool (a feature counts wherever it is), a
/// hidden layer, a bottleneck narrower than the number of features and an 8-logit multi-label head (one logit per
/// <see cref="Scenes.FeatureKind"/>). Fewer bottleneck units than features force the bottleneck into
/// superposition: its units must each carry several features.
/// </summary>
/// <remarks>
/// Layer paths (what <c>LayerResolver</c> and claims name), with the output shape for a batch of B:
/// <list type="table">
/// <item><term><c>conv1</c></term><description>[B, 16, 16, 16]: 5×5 convolution, ReLU, 2×2 max-pool; parts <c>conv1.conv</c>, <c>conv1.relu</c>, <c>conv1.pool</c>.</description></item>
/// <item><term><c>conv2</c></term><description>[B, 32, 8, 8]: 3×3 convolution, ReLU, 2×2 max-pool; parts <c>conv2.conv</c>, <c>conv2.relu</c>, <c>conv2.pool</c>.</description></item>
/// <item><term><c>conv3</c></term><description>[B, 32, 8, 8]: 3×3 convolution, ReLU; parts <c>conv3.conv</c>, <c>conv3.relu</c>.</description></item>
/// <item><term><c>pool</c></term><description>[B, 32, 1, 1]: global max over positions.</description></item>
/// <item><term><c>flatten</c></term><description>[B, 32].</description></item>
/// <item><term><c>hidden</c></term><description>[B, 64]: Linear then ReLU (post-ReLU); <c>hidden.linear</c> is pre-ReLU.</description></item>
/// <item><term><c>bottleneck</c></term><description>[B, <see cref="BottleneckUnits"/>]: Linear then ReLU (post-ReLU, the layer claims are about); <c>bottleneck.linear</c> is pre-ReLU.</description></item>
/// <item><term><c>head</c></term><description>[B, 8]: Linear, the logits, in <see cref="Scenes.FeatureKinds.All"/> order.</description></item>
/// </list>
/// Every child is called with <c>call</c>, so forward hooks fire on all of them.
/// </remarks>
public sealed class StripesNet : Module<Tensor, Tensor>
{
    /// <summary>Path of the first convolution block.</summary>
    public const string Conv1Path = "conv1";

    /// <summary>Path of the second convolution block.</summary>
    public const string Conv2Path = "conv2";

    /// <summary>Path of the third convolution block.</summary>
    public const string Conv3Path = "conv3";

    /// <summary>Path of the hidden layer (post-ReLU).</summary>
    public const string HiddenPath = "hidden";

    /// <summary>Path of the bottleneck (post-ReLU).</summary>
    public const string BottleneckPath = "bottleneck";

    /// <summary>Path of the head (logits).</summary>
    public const string HeadPath = "head";

    /// <summary>Units in the bottleneck: fewer than the eight features.</summary>
    public const int BottleneckUnits = 5;

    /// <summary>Units in the hidden layer.</summary>
    public const int HiddenUnits = 64;

    // Field names are the module paths: RegisterComponents names children after their fields.
#pragma warning disable IDE1006
    private readonly Sequential conv1;
    private readonly Sequential conv2;
    private readonly Sequential conv3;
    private readonly AdaptiveMaxPool2d pool;
    private readonly Flatten flatten;
    private readonly Sequential hidden;
    private readonly Sequential bottleneck;
    private readonly Linear head;
#pragma warning restore IDE1006

    /// <summary>Creates the network with fresh weights (seed <c>torch.manual_seed</c> first for reproducible ones).</summary>
    public StripesNet()
        : base(nameof(StripesNet))
    {
        conv1 = Sequential(("conv", Conv2d(1, 16, 5, padding: 2)), ("relu", ReLU()), ("pool", MaxPool2d(2)));
        conv2 = Sequential(("conv", Conv2d(16, 32, 3, padding: 1)), ("relu", ReLU()), ("pool", MaxPool2d(2)));
        conv3 = Sequential(("conv", Conv2d(32, 32, 3, padding: 1)), ("relu", ReLU()));
        pool = AdaptiveMaxPool2d([1, 1]);
        flatten = Flatten();
        hidden = Sequential(("linear", Linear(32, HiddenUnits)), ("relu", ReLU()));
        var bottleneckLinear = Linear(HiddenUnits, BottleneckUnits);
        head = Linear(BottleneckUnits, Scenes.FeatureKinds.Count);
        using (no_grad())
        {
            // The hidden layer's outputs are non-negative and vary little between images at first, so a bottleneck
            // unit with mostly negative weights would start (and stay) dead. Non-negative initial weights start
            // every unit alive.
            bottleneckLinear.weight!.abs_();
            using Scalar initialBias = 0.1.ToScalar();
            bottleneckLinear.bias!.fill_(initialBias);
            // Start the head at the features' prior (presence 0.2), so the first steps do not push every unit to
            // zero just to lower all eight logits.
            using Scalar priorLogit = Math.Log(0.2 / 0.8).ToScalar();
            head.bias!.fill_(priorLogit);
        }

        bottleneck = Sequential(("linear", bottleneckLinear), ("relu", ReLU()));
        RegisterComponents();
    }

    /// <summary>The head's weight matrix, [8, <see cref="BottleneckUnits"/>]: row k is the read-out direction of feature k in bottleneck space.</summary>
    public Tensor HeadWeight => head.weight!;

    /// <summary>Logits [B, 8] for images [B, 1, 32, 32].</summary>
    public override Tensor forward(Tensor input) => head.call(Encode(input));

    /// <summary>The post-ReLU bottleneck activations [B, <see cref="BottleneckUnits"/>] (the same values a capture at <c>bottleneck</c> sees).</summary>
    public Tensor Encode(Tensor input) =>
        bottleneck.call(hidden.call(flatten.call(pool.call(conv3.call(conv2.call(conv1.call(input)))))));

    /// <summary>Logits [B, 8] from bottleneck activations [B, <see cref="BottleneckUnits"/>] (the head alone, for patched bottlenecks).</summary>
    public Tensor Decode(Tensor bottleneckActivations) => head.call(bottleneckActivations);

    /// <summary>
    /// The same modules (shared weights, same paths) as an <c>nn.Sequential</c> chain. <see cref="forward"/> is exactly
    /// this chain, and a Sequential lets ClaimCheck's ablations re-run only the layers after the ablated one.
    /// </summary>
    /// <returns>A chain that computes the same function as this network.</returns>
    public Sequential AsChain() => Sequential(
        ("conv1", conv1), ("conv2", conv2), ("conv3", conv3), ("pool", pool), ("flatten", flatten),
        ("hidden", hidden), ("bottleneck", bottleneck), ("head", head));

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            conv1.Dispose();
            conv2.Dispose();
            conv3.Dispose();
            pool.Dispose();
            flatten.Dispose();
            hidden.Dispose();
            bottleneck.Dispose();
            head.Dispose();
        }

        base.Dispose(disposing);
    }
}
