using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Ablation;

/// <summary>Models with fixed weights, small enough to compute every ablation by hand.</summary>
internal static class TinyModels
{
    /// <summary>
    /// x ∈ R² → hidden h = (x0, x1, x0 + x1) → head (out0, out1) = (h0 + 2·h1 + 3·h2, h2). Layers "hidden" and "head".
    /// </summary>
    public static Sequential Dense() => nn.Sequential(("hidden", DenseHidden()), ("head", DenseHead()));

    /// <summary>The same maps as <see cref="Dense"/>, in a custom module (not a chain the suffix runner can split).</summary>
    public static nn.Module<Tensor, Tensor> CustomDense() => new TwoLayers(DenseHidden(), DenseHead());

    /// <summary>
    /// x ∈ R^(1×2) (one channel, two positions) → features.conv: channel 0 = x_p, channel 1 = 2·x_p at each position p →
    /// features.flat → head out0 = c0p0 + c1p1 = x_0 + 2·x_1 (flattened order c0p0, c0p1, c1p0, c1p1).
    /// </summary>
    public static Sequential Conv()
    {
        var conv = nn.Conv1d(1, 2, 1, bias: false);
        var head = nn.Linear(4, 1, hasBias: false);
        Set(conv.weight!, [1, 2], [2, 1, 1]);
        Set(head.weight!, [1, 0, 0, 1], [1, 4]);
        return nn.Sequential(("features", nn.Sequential(("conv", conv), ("flat", nn.Flatten()))), ("head", head));
    }

    /// <summary>
    /// The dormant pathway of Makelov et al. (2024): x = (c, n) → layer h = (c, 0): h0 carries the concept but the head
    /// ignores it; h1 drives the head but is 0 on every real input → head out0 = h1.
    /// </summary>
    public static Sequential Dormant()
    {
        var layer = nn.Linear(2, 2, hasBias: false);
        var head = nn.Linear(2, 1, hasBias: false);
        Set(layer.weight!, [1, 0, 0, 0], [2, 2]);
        Set(head.weight!, [0, 1], [1, 2]);
        return nn.Sequential(("layer", layer), ("head", head));
    }

    private static Linear DenseHidden()
    {
        var hidden = nn.Linear(2, 3, hasBias: false);
        Set(hidden.weight!, [1, 0, 0, 1, 1, 1], [3, 2]);
        return hidden;
    }

    private static Linear DenseHead()
    {
        var head = nn.Linear(3, 2, hasBias: false);
        Set(head.weight!, [1, 2, 3, 0, 0, 1], [2, 3]);
        return head;
    }

    private static void Set(Tensor parameter, float[] values, long[] shape)
    {
        using var noGrad = no_grad();
        parameter.copy_(tensor(values).reshape(shape));
    }

    private sealed class TwoLayers : nn.Module<Tensor, Tensor>
    {
        private readonly nn.Module<Tensor, Tensor> hidden;
        private readonly nn.Module<Tensor, Tensor> head;

        public TwoLayers(nn.Module<Tensor, Tensor> hidden, nn.Module<Tensor, Tensor> head)
            : base("two-layers")
        {
            this.hidden = hidden;
            this.head = head;
            RegisterComponents();
        }

        public override Tensor forward(Tensor input) => head.call(hidden.call(input));
    }
}
