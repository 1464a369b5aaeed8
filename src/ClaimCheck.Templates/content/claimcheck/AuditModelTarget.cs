using ClaimCheck.Targets;
using ClaimCheck.Weights;
using static TorchSharp.torch;

namespace ClaimCheck.Audit;

/// <summary>
/// What the claims are about: the model with its trained weights, the data it is judged on (a discovery split where a
/// claim is formed and a held-out split where it must hold again) and the concepts the data is labelled with.
/// ClaimCheck builds it once per test run and shares it among the claims.
/// </summary>
public sealed class AuditModelTarget : AuditTarget
{
    private readonly AuditModel _model;

    public AuditModelTarget()
    {
        // Weights saved from PyTorch (safetensors); a missing, truncated or mismatched file is a diagnostic (CLM506x).
        _model = new AuditModel();
        ModelWeights.Load(_model, Path.Combine(AppContext.BaseDirectory, "model.safetensors"));
        _model.eval();

        // 60% of the examples to form claims on, the rest held out.
        SampleInputs inputs = SampleInputs.ReadCsv(Path.Combine(AppContext.BaseDirectory, "inputs.csv"));
        int discovery = inputs.Count * 3 / 5;
        Splits =
        [
            inputs.Split("discovery", SplitRole.Discovery, 0, discovery),
            inputs.Split("held-out", SplitRole.HeldOut, discovery, inputs.Count - discovery),
        ];

        // One concept per label column of inputs.csv.
        Concepts = new ConceptLibrary(
        [
            new Concept("x0-high", "feature x0 is above 0.5"),
            new Concept("x1-high", "feature x1 is above 0.5"),
        ]);
    }

    public override string Name => "my model";

    public override nn.Module<Tensor, Tensor> Model => _model;

    public override IReadOnlyList<DataSplit> Splits { get; }

    public override ConceptLibrary Concepts { get; }
}
