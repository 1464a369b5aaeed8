using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Parity;

/// <summary>
/// The TorchSharp twin of the model in reference/make_reference.py: the same layers, in the same order, under the same
/// names, so the state-dict names PyTorch wrote (conv.weight, bn.running_mean...) name the same tensors here.
/// </summary>
internal static class ParityNet
{
    /// <summary>Channels and length of one input example, [2, 8].</summary>
    public static readonly long[] ExampleShape = [2, 8];

    public static nn.Module<Tensor, Tensor> Create() => nn.Sequential(
        ("conv", nn.Conv1d(2, 4, 3, padding: 1)),
        ("conv_act", nn.Tanh()),
        ("flatten", nn.Flatten()),
        ("norm", nn.LayerNorm(32)),
        ("hidden", nn.Linear(32, 16)),
        ("bn", nn.BatchNorm1d(16)),
        ("act", nn.ReLU()),
        ("out", nn.Linear(16, 3)));
}
