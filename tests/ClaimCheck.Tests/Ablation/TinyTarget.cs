using ClaimCheck.Readouts;
using ClaimCheck.Targets;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Ablation;

/// <summary>An audit target around a hand-built model and one held-out split whose concept "c" is shipped as labels.</summary>
internal sealed class TinyTarget : AuditTarget
{
    private readonly nn.Module<Tensor, Tensor> _model;

    public TinyTarget(
        nn.Module<Tensor, Tensor> model,
        float[][] inputs,
        bool[] concept,
        IReadOnlyList<Readout>? readouts = null,
        IReadOnlyList<NamedDirection>? directions = null,
        int batchSize = 256,
        long[]? exampleShape = null,
        IReadOnlyList<NamedAutoencoder>? autoencoders = null)
    {
        Autoencoders = autoencoders ?? [];
        _model = model;
        long[] shape = exampleShape ?? [inputs[0].Length];
        HeldOut = new DataSplit("held-out", SplitRole.HeldOut, inputs.SelectMany(x => x).ToArray(), shape,
            new Dictionary<string, bool[]> { ["c"] = concept });
        Splits = [HeldOut];
        Concepts = new ConceptLibrary([new Concept("c", "the planted concept")]);
        Readouts = readouts ?? [Read.ClassLogit("out0", 0)];
        Directions = directions ?? [];
        BatchSize = batchSize;
    }

    public DataSplit HeldOut { get; }

    public override string Name => "tiny";

    public override nn.Module<Tensor, Tensor> Model => _model;

    public override IReadOnlyList<DataSplit> Splits { get; }

    public override ConceptLibrary Concepts { get; }

    public override IReadOnlyList<Readout> Readouts { get; }

    public override IReadOnlyList<NamedDirection> Directions { get; }

    public override int BatchSize { get; }

    public override IReadOnlyList<NamedAutoencoder> Autoencoders { get; }

    public override Device Device => CPU;

    /// <summary>The same inputs with a transformation applied to each, as the counterpart split of a Patch ablation.</summary>
    public static DataSplit Edited(DataSplit split, Func<float[], float[]> edit)
    {
        float[] values = Enumerable.Range(0, split.Count).SelectMany(i => edit(split.Example(i).ToArray())).ToArray();
        return new DataSplit(split.Name + "-edited", split.Role, values, split.ExampleShape.ToArray());
    }
}
