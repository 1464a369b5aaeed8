using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ClaimCheck.Audit;

/// <summary>
/// Your model's architecture, written in TorchSharp. Edit it to match your PyTorch class: the same submodules under
/// the same names, so that the names in the safetensors file (fc1.weight, fc1.bias...) find their parameters. This
/// one is the PyTorch module
/// <code>
/// class AuditModel(nn.Module):
///     def __init__(self):
///         super().__init__()
///         self.fc1 = nn.Linear(4, 8)
///         self.act = nn.ReLU()
///         self.fc2 = nn.Linear(8, 2)
///     def forward(self, x):
///         return self.fc2(self.act(self.fc1(x)))
/// </code>
/// saved with <c>safetensors.torch.save_file(model.state_dict(), "model.safetensors")</c>.
/// </summary>
public sealed class AuditModel : nn.Module<Tensor, Tensor>
{
    // Field names become module names (RegisterComponents): claims name layers by them, e.g. [Unit("act", 0)].
#pragma warning disable IDE1006 // the names of the PyTorch module's attributes
    private readonly Linear fc1;
    private readonly ReLU act;
    private readonly Linear fc2;
#pragma warning restore IDE1006

    public AuditModel()
        : base(nameof(AuditModel))
    {
        fc1 = nn.Linear(4, 8);
        act = nn.ReLU();
        fc2 = nn.Linear(8, 2);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        // Children are called with `call`, not `forward`: ClaimCheck captures activations with hooks, which only
        // `call` runs.
        using Tensor hidden = fc1.call(input);
        using Tensor active = act.call(hidden);
        return fc2.call(active);
    }
}
