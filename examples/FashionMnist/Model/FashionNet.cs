using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace FashionMnist.Model;

/// <summary>
/// The Fashion-MNIST world's network: three 3×3 convolution blocks (each ReLU then 2×2 max-pool), a hidden layer of
/// <see cref="Fc1Units"/> units and a 10-logit head, about 25,000 parameters: small enough to train on two CPU cores in minutes.
/// </summary>
/// <remarks>
/// Layer paths (what claims name), with the output shape for a batch of B:
/// <list type="table">
/// <item><term><c>conv1</c></term><description>[B, 8, 14, 14]; parts <c>conv1.conv</c>, <c>conv1.relu</c>, <c>conv1.pool</c>.</description></item>
/// <item><term><c>conv2</c></term><description>[B, 16, 7, 7]; parts <c>conv2.conv</c>, <c>conv2.relu</c>, <c>conv2.pool</c>.</description></item>
/// <item><term><c>conv3</c></term><description>[B, 32, 3, 3]; parts <c>conv3.conv</c>, <c>conv3.relu</c>, <c>conv3.pool</c>.</description></item>
/// <item><term><c>flatten</c></term><description>[B, 288].</description></item>
/// <item><term><c>fc1</c></term><description>[B, <see cref="Fc1Units"/>]: Linear then ReLU (post-ReLU); <c>fc1.linear</c> is pre-ReLU.</description></item>
/// <item><term><c>head</c></term><description>[B, 10]: the logits, in label order.</description></item>
/// </list>
/// Every child is called with <c>call</c>, so forward hooks fire on all of them.
/// </remarks>
public sealed class FashionNet : Module<Tensor, Tensor>
{
    /// <summary>Path of the first convolution block.</summary>
    public const string Conv1Path = "conv1";

    /// <summary>Path of the second convolution block.</summary>
    public const string Conv2Path = "conv2";

    /// <summary>Path of the third convolution block.</summary>
    public const string Conv3Path = "conv3";

    /// <summary>Path of the hidden layer (post-ReLU).</summary>
    public const string Fc1Path = "fc1";

    /// <summary>Path of the head (logits).</summary>
    public const string HeadPath = "head";

    /// <summary>Units of the hidden layer.</summary>
    public const int Fc1Units = 64;

    /// <summary>Channels of the last convolution block.</summary>
    public const int Conv3Channels = 32;

    // Field names are the module paths: RegisterComponents names children after their fields.
#pragma warning disable IDE1006
    private readonly Sequential conv1;
    private readonly Sequential conv2;
    private readonly Sequential conv3;
    private readonly Flatten flatten;
    private readonly Sequential fc1;
    private readonly Linear head;
#pragma warning restore IDE1006

    /// <summary>Creates the network with fresh weights (seed <c>torch.manual_seed</c> first for reproducible ones).</summary>
    public FashionNet()
        : base(nameof(FashionNet))
    {
        conv1 = Sequential(("conv", Conv2d(1, 8, 3, padding: 1)), ("relu", ReLU()), ("pool", MaxPool2d(2)));
        conv2 = Sequential(("conv", Conv2d(8, 16, 3, padding: 1)), ("relu", ReLU()), ("pool", MaxPool2d(2)));
        conv3 = Sequential(("conv", Conv2d(16, Conv3Channels, 3, padding: 1)), ("relu", ReLU()), ("pool", MaxPool2d(2)));
        flatten = Flatten();
        fc1 = Sequential(("linear", Linear(Conv3Channels * 3 * 3, Fc1Units)), ("relu", ReLU()));
        head = Linear(Fc1Units, Data.FashionConcepts.ClassCount);
        RegisterComponents();
    }

    /// <summary>The head's weight matrix [10, <see cref="Fc1Units"/>]: row k is class k's read-out direction in fc1.</summary>
    public Tensor HeadWeight => head.weight!;

    /// <summary>Logits [B, 10] for images [B, 1, 28, 28].</summary>
    public override Tensor forward(Tensor input) =>
        head.call(fc1.call(flatten.call(conv3.call(conv2.call(conv1.call(input))))));

    /// <summary>
    /// The same modules (shared weights, same paths) as an <c>nn.Sequential</c> chain that computes exactly
    /// <see cref="forward"/>; a Sequential lets ClaimCheck's ablations re-run only the layers after the ablated one.
    /// </summary>
    public Sequential AsChain() => Sequential(
        ("conv1", conv1), ("conv2", conv2), ("conv3", conv3), ("flatten", flatten), ("fc1", fc1), ("head", head));

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            conv1.Dispose();
            conv2.Dispose();
            conv3.Dispose();
            flatten.Dispose();
            fc1.Dispose();
            head.Dispose();
        }

        base.Dispose(disposing);
    }
}
