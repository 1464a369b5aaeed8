using ClaimCheck.Targets;
using static TorchSharp.torch;

namespace ClaimCheck.Parity;

/// <summary>An audit target around the parity model and the reference inputs, so activations and ablations run through ClaimCheck's own machinery.</summary>
internal sealed class ParityTarget : AuditTarget
{
    public ParityTarget(nn.Module<Tensor, Tensor> model, DataSplit inputs)
    {
        Model = model;
        Inputs = inputs;
        Splits = [inputs];
        Concepts = new ConceptLibrary(inputs.Labels.Keys.Select(name => new Concept(name, $"the '{name}' column of labels.csv")));
    }

    public DataSplit Inputs { get; }

    public override string Name => "pytorch-parity";

    public override nn.Module<Tensor, Tensor> Model { get; }

    public override IReadOnlyList<DataSplit> Splits { get; }

    public override ConceptLibrary Concepts { get; }

    public override Device Device => CPU;
}
