using ClaimCheck.Diagnostics;
using ClaimCheck.Readouts;
using ClaimCheck.Targets;
using static TorchSharp.torch;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>
/// The batch loop of an ablation. Per batch of the split: one clean pass (the readout and the layer's output), one
/// pass on the source inputs where the ablation needs them, the subject's ablated pass, the whole layer's patch when
/// asked, and the null draws stacked along the batch dimension up to <see cref="AblationEngineSettings.StackedElements"/> per
/// pass. The layer's output is computed once per batch and reused by every draw; only the readout sums per draw leave
/// the device.
/// </summary>
internal sealed class EffectRunner
{
    private readonly ForwardPasses _passes;
    private readonly Readout _readout;
    private readonly Intervention _intervention;
    private readonly DataSplit _split;
    private readonly SourceInputs? _sources;
    private readonly bool[] _labels;
    private readonly Device _device;

    public EffectRunner(ForwardPasses passes, Readout readout, Intervention intervention, DataSplit split, SourceInputs? sources, bool[] labels, Device device)
    {
        _passes = passes;
        _readout = readout;
        _intervention = intervention;
        _split = split;
        _sources = sources;
        _labels = labels;
        _device = device;
    }

    /// <summary>Per-example effects of the subject (and of the whole-layer patch), and the concept-positive effect sum of each null draw.</summary>
    public sealed record Result(double[] Effects, double[]? LayerEffects, double[] NullPositiveSums);

    /// <param name="subjectRow">The subject as one row, [1, C].</param>
    /// <param name="nullRows">The null draws, [R, C].</param>
    /// <param name="patchLayer">Whether to also patch the whole layer from the sources (the dormant-pathway guard).</param>
    /// <param name="batchSize">Examples per batch.</param>
    /// <param name="stackedElements">Most layer-output elements in one stacked null pass.</param>
    public Result Run(Tensor subjectRow, Tensor nullRows, bool patchLayer, int batchSize, int stackedElements)
    {
        int draws = (int)nullRows.shape[0];
        double[] effects = new double[_split.Count];
        double[]? layerEffects = patchLayer ? new double[_split.Count] : null;
        double[] nullSums = new double[draws];
        foreach ((int start, int count) in Batches.Of(_split.Count, batchSize))
        {
            using var scope = NewDisposeScope();
            using var inference = inference_mode();
            Tensor input = Batches.Input(_split, start, count, _device);
            (Tensor output, Tensor layer) = _passes.Clean(_split, batchSize, start, count, _device);
            Tensor original = _readout.Evaluate(output);
            Tensor? source = _sources switch
            {
                null => null,
                { Unpermuted: { } pairs } => _passes.Clean(pairs, batchSize, start, count, _device).Layer,
                _ => _passes.Clean(Batches.Input(_sources.Batch(start, count), count, _split.ExampleShape, _device)).Layer,
            };

            Copy(original - ReadAblated(input, _intervention.Apply(layer, source, subjectRow)), effects, start);
            if (layerEffects is not null)
            {
                Copy(original - ReadAblated(input, source!.clone()), layerEffects, start);
            }

            Tensor positive = tensor(_labels.AsSpan(start, count).ToArray()).to_type(ScalarType.Float64).to(_device);
            int perPass = (int)Math.Clamp(stackedElements / Math.Max(1, layer.numel()), 1, draws);
            for (int first = 0; first < draws; first += perPass)
            {
                // One scope per stacked pass, so memory holds one pass's activations, not all R draws' at once.
                using var passScope = NewDisposeScope();
                int group = Math.Min(perPass, draws - first);
                Tensor ablated = ReadAblated(input, _intervention.Apply(layer, source, nullRows.narrow(0, first, group))).reshape(group, count);
                Tensor positiveSums = ((original.unsqueeze(0) - ablated) * positive.unsqueeze(0)).sum([1L]);
                Accumulate(positiveSums, nullSums, first);
            }
        }

        RequireFinite(effects, "the subject's ablation");
        RequireFinite(nullSums, "a null ablation");
        if (layerEffects is not null)
        {
            RequireFinite(layerEffects, "the whole layer's patch");
        }

        return new Result(effects, layerEffects, nullSums);
    }

    private Tensor ReadAblated(Tensor input, Tensor layerOutputs) => _readout.Evaluate(_passes.Ablated(input, layerOutputs));

    private static void Copy(Tensor values, double[] into, int start)
    {
        using Tensor cpu = values.cpu().contiguous();
        cpu.data<double>().CopyTo(into.AsSpan(start, (int)cpu.numel()));
    }

    private static void Accumulate(Tensor values, double[] into, int start)
    {
        using Tensor cpu = values.cpu().contiguous();
        ReadOnlySpan<double> read = cpu.data<double>().ToArray();
        for (int i = 0; i < read.Length; i++)
        {
            into[start + i] += read[i];
        }
    }

    private void RequireFinite(double[] values, string what)
    {
        int bad = Array.FindIndex(values, v => !double.IsFinite(v));
        if (bad >= 0)
        {
            throw new ClaimCheckException(DiagnosticIds.ReadoutDoesNotFitOutput,
                $"readout '{_readout.Name}' gave a non-finite value under {what} on split '{_split.Name}' (at index {bad}); effects over NaN or infinity mean nothing");
        }
    }
}
