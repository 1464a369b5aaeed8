using ClaimCheck.Evidence.Edits;
using ClaimCheck.Targets;
using ClaimCheck.Tests.Edits;
using ClaimCheck.Tests.Fixtures;
using ClaimCheck.Tests.Weights;
using ClaimCheck.Weights;
using FsCheck;
using FsCheck.Fluent;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.BadInput;

// Audit targets with one thing wrong each. ClaimCheck builds a target type once per process, so each fault is its own type.

/// <summary>Unit 0's weight is NaN: the layer's activations are NaN.</summary>
public sealed class NaNActivationsTarget() : PlantedTarget(new Options { UnitZeroWeight = float.NaN });

/// <summary>Unit 0's weight is infinite: the layer's activations are infinite (or NaN where the input is 0).</summary>
public sealed class InfiniteActivationsTarget() : PlantedTarget(new Options { UnitZeroWeight = float.PositiveInfinity });

/// <summary>The data has 16 components per example; the model takes 8: the forward pass throws.</summary>
public sealed class WrongInputShapeTarget : PlantedTarget
{
    private readonly nn.Module<Tensor, Tensor> _narrow = nn.Sequential(("layer", nn.Linear(8, Width)));

    public override nn.Module<Tensor, Tensor> Model => _narrow;
}

/// <summary>A held-out split of 60 examples: about 18 with concept a, fewer than the 30 a decision needs.</summary>
public sealed class SmallHeldOutTarget() : PlantedTarget(new Options { HeldOutCount = 60 });

/// <summary>The held-out split repeats an example of the discovery split.</summary>
public sealed class OverlappingSplitsTarget() : PlantedTarget(new Options { ShareExamples = true });

/// <summary>
/// 512 held-out examples and the first discovery example are one all-zero row (padding, a failed decode): 512 shared
/// examples that are copies of one row, which the message must say.
/// </summary>
public sealed class ZeroRowsTarget : PlantedTarget
{
    public ZeroRowsTarget()
    {
        DataSplit discovery = base.Splits[0];
        DataSplit heldOut = base.Splits[1];
        float[] discoveryValues = discovery.Values.ToArray();
        Array.Clear(discoveryValues, 0, Width);
        float[] heldOutValues = heldOut.Values.ToArray();
        Array.Clear(heldOutValues, 0, 512 * Width);
        Splits =
        [
            new DataSplit(discovery.Name, discovery.Role, discoveryValues, [Width], discovery.Labels),
            new DataSplit(heldOut.Name, heldOut.Role, heldOutValues, [Width], heldOut.Labels),
        ];
    }

    public override IReadOnlyList<DataSplit> Splits { get; }
}

/// <summary>Only a discovery split: nothing to test a claim on.</summary>
public sealed class NoHeldOutTarget : PlantedTarget
{
    public override IReadOnlyList<DataSplit> Splits => [base.Splits[0]];
}

/// <summary>A second held-out split with no examples.</summary>
public sealed class EmptySplitTarget : PlantedTarget
{
    public override IReadOnlyList<DataSplit> Splits =>
        [.. base.Splits, new DataSplit("held-out-2", SplitRole.HeldOut, [], [Width], new Dictionary<string, bool[]> { ["a"] = [] })];
}

/// <summary>A concept every example has: no negatives to contrast with.</summary>
public sealed class AlwaysConceptTarget : PlantedTarget
{
    public override ConceptLibrary Concepts { get; } = new([
        new Concept("a", "component a is on"),
        new Concept("always", "every example", split => Enumerable.Repeat(true, split.Count).ToArray()),
    ]);
}

/// <summary>A split built with 3 labels for 4 examples: the constructor throws CLM5012.</summary>
public sealed class LabelCountTarget : PlantedTarget
{
    public LabelCountTarget()
    {
        _ = new DataSplit("short-labels", SplitRole.HeldOut, new float[4 * Width], [Width], new Dictionary<string, bool[]> { ["a"] = [true, false, true] });
    }
}

/// <summary>The planted target whose weights are loaded, with <see cref="ModelWeights"/>, from a file <see cref="Write"/> makes.</summary>
public abstract class WeightsFileTarget : PlantedTarget
{
    protected WeightsFileTarget()
    {
        string path = Path.Combine(Path.GetTempPath(), $"claimcheck-target-{Guid.NewGuid():N}.safetensors");
        try
        {
            Write(path);
            ModelWeights.Load(Model, path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The file's bytes from the planted model's own weights, as an exporter would write them.</summary>
    protected SafetensorsBytes Exported => SafetensorsBytes.From(Model);

    /// <summary>Writes the weights file (or not) at <paramref name="path"/>.</summary>
    protected abstract void Write(string path);
}

/// <summary>No weights file where the target expects it.</summary>
public sealed class MissingWeightsTarget : WeightsFileTarget
{
    protected override void Write(string path)
    {
    }
}

/// <summary>A weights file cut off 100 bytes before its end.</summary>
public sealed class TruncatedWeightsFileTarget : WeightsFileTarget
{
    protected override void Write(string path) => File.WriteAllBytes(path, Exported.Build()[..^100]);
}

/// <summary>A weights file for a layer of 8 inputs: another architecture.</summary>
public sealed class OtherArchitectureWeightsTarget : WeightsFileTarget
{
    protected override void Write(string path) =>
        File.WriteAllBytes(path, new SafetensorsBytes().AddFloats("layer.weight", [Width, 8], new float[Width * 8]).Build());
}

/// <summary>A weights file with one NaN.</summary>
public sealed class NaNWeightsTarget : WeightsFileTarget
{
    protected override void Write(string path) =>
        File.WriteAllBytes(path, SafetensorsBytes.From(Model, (_, v) => [float.NaN, .. v[1..]]).Build());
}

/// <summary>Which part of the edit code throws.</summary>
public enum EditFault
{
    Generator,
    Edit,
    Encoder,
}

/// <summary>Edits of concept "a" where one part throws, as a bug in a user's generator would.</summary>
public sealed class ThrowingEdits(PlantedEdits working, EditFault fault) : IConceptEdits<Vec>, IInputEncoder<Vec>
{
    public string Concept => "a";

    public Arbitrary<EditCase<Vec>> Add => fault == EditFault.Generator
        ? Arb.From(Gen.Constant(0).Select<int, EditCase<Vec>>(_ => throw new InvalidOperationException("the add generator is broken")))
        : fault == EditFault.Edit
            ? Arb.From(working.Add.Generator.Select(c => c with { Edit = new BrokenEdit() }))
            : working.Add;

    public Arbitrary<EditCase<Vec>> Remove => working.Remove;

    public Arbitrary<EditCase<Vec>> Nuisance => working.Nuisance;

    public IReadOnlyList<long> ExampleShape => working.ExampleShape;

    public void Encode(Vec input, Span<float> destination)
    {
        if (fault == EditFault.Encoder)
        {
            throw new IndexOutOfRangeException("the encoder is broken");
        }

        working.Encode(input, destination);
    }

    private sealed record BrokenEdit : IEdit<Vec>
    {
        public int Size => 1;

        public Vec Apply(Vec input) => throw new ArgumentException("this edit cannot apply itself");

        public string Describe() => "a broken edit";
    }
}

/// <summary>The planted target with edits one part of which (<see cref="Fault"/>) throws.</summary>
public abstract class ThrowingEditsTarget : PlantedTarget
{
    protected abstract EditFault Fault { get; }

    public override ConceptEditSource? EditsFor(string concept)
    {
        var edits = new ThrowingEdits(new PlantedEdits(this), Fault);
        return ConceptEditSource.Create<Vec>(edits, edits);
    }
}

public sealed class ThrowingGeneratorTarget : ThrowingEditsTarget
{
    protected override EditFault Fault => EditFault.Generator;
}

public sealed class ThrowingEditTarget : ThrowingEditsTarget
{
    protected override EditFault Fault => EditFault.Edit;
}

public sealed class ThrowingEncoderTarget : ThrowingEditsTarget
{
    protected override EditFault Fault => EditFault.Encoder;
}

/// <summary>The planted target whose edit source throws an exception no ClaimCheck rule knows.</summary>
public sealed class EditsForThrowsTarget : PlantedTarget
{
    public override ConceptEditSource? EditsFor(string concept) => throw new InvalidOperationException("the edit pool is not loaded");
}
