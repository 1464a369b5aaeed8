using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Readouts;
using ClaimCheck.Targets;
using ClaimCheck.Torch;
using static TorchSharp.torch;

namespace ClaimCheck.Evidence.Steering;

/// <summary>
/// The batch loop of a steering measurement. The split is cut into the same batches as ablation's, so the target's
/// shared clean passes (<see cref="CleanPassCache"/>) serve both; in each batch only the examples without the concept
/// are steered. Per batch: the subject's vectors at every strength stacked in one pass, then the null's vectors
/// stacked along the batch dimension up to <see cref="SteeringSettings.StackedElements"/> per pass. Only per-example
/// changes (the subject's) and per-draw sums (the null's) leave the device.
/// </summary>
internal sealed class SteeringRunner
{
    private readonly ForwardPasses _passes;
    private readonly DataSplit _split;
    private readonly bool[] _steered;
    private readonly Device _device;

    /// <param name="passes">The clean and steered passes around the layer.</param>
    /// <param name="split">The measured split.</param>
    /// <param name="steered">Which examples of the split are steered (those without the concept).</param>
    /// <param name="device">The target's device.</param>
    public SteeringRunner(ForwardPasses passes, DataSplit split, bool[] steered, Device device)
    {
        _passes = passes;
        _split = split;
        _steered = steered;
        _device = device;
    }

    /// <summary>The per-example changes of the concept's readout per strength, of each side readout at the decision strength, and each null draw's summed change.</summary>
    /// <param name="Concept">[strength][example]: readout(steered) − readout(clean) of the concept's readout.</param>
    /// <param name="Sides">[side readout][example]: the same for each other readout, at the decision strength.</param>
    /// <param name="NullSums">[draw]: the concept readout's change summed over the steered examples.</param>
    public sealed record Result(double[][] Concept, double[][] Sides, double[] NullSums);

    /// <param name="subjectRows">The subject's vectors, one per strength, already scaled, [S, C].</param>
    /// <param name="decisionRow">The row of <paramref name="subjectRows"/> at the decision strength.</param>
    /// <param name="nullRows">The null's vectors at the decision strength, already scaled, [R, C].</param>
    /// <param name="concept">The concept's readout.</param>
    /// <param name="sides">The other readouts.</param>
    /// <param name="batchSize">Examples per batch of the split.</param>
    /// <param name="stackedElements">Most layer-output elements in one stacked null pass.</param>
    public Result Run(Tensor subjectRows, int decisionRow, Tensor nullRows, Readout concept, IReadOnlyList<Readout> sides, int batchSize, int stackedElements)
    {
        int strengths = (int)subjectRows.shape[0];
        int draws = (int)nullRows.shape[0];
        int total = _steered.Count(s => s);
        double[][] conceptEffects = [.. Enumerable.Range(0, strengths).Select(_ => new double[total])];
        double[][] sideEffects = [.. sides.Select(_ => new double[total])];
        double[] nullSums = new double[draws];
        int offset = 0;
        foreach ((int start, int count) in Batches.Of(_split.Count, batchSize))
        {
            long[] chosen = [.. Enumerable.Range(0, count).Where(i => _steered[start + i]).Select(i => (long)i)];
            if (chosen.Length == 0)
            {
                continue;
            }

            using var scope = NewDisposeScope();
            using var inference = inference_mode();
            Tensor index = tensor(chosen).to(_device);
            Tensor input = Batches.Input(_split, start, count, _device).index_select(0, index);
            (Tensor fullOutput, Tensor fullLayer) = _passes.Clean(_split, batchSize, start, count, _device);
            Tensor output = fullOutput.index_select(0, index);
            Tensor layer = fullLayer.index_select(0, index);
            int b = chosen.Length;

            Tensor clean = concept.Evaluate(output);
            Tensor steeredOutput = _passes.Ablated(input, Steer(layer, subjectRows));
            Tensor changes = concept.Evaluate(steeredOutput).reshape(strengths, b) - clean.unsqueeze(0);
            for (int s = 0; s < strengths; s++)
            {
                Copy(changes[s], conceptEffects[s], offset);
            }

            for (int r = 0; r < sides.Count; r++)
            {
                Tensor side = sides[r].Evaluate(steeredOutput).reshape(strengths, b)[decisionRow] - sides[r].Evaluate(output);
                Copy(side, sideEffects[r], offset);
            }

            int perPass = (int)Math.Clamp(stackedElements / Math.Max(1, layer.numel()), 1, Math.Max(1, draws));
            for (int first = 0; first < draws; first += perPass)
            {
                // One scope per stacked pass, so memory holds one pass's activations, not all R draws' at once.
                using var passScope = NewDisposeScope();
                int group = Math.Min(perPass, draws - first);
                Tensor steered = concept.Evaluate(_passes.Ablated(input, Steer(layer, nullRows.narrow(0, first, group)))).reshape(group, b);
                Accumulate((steered - clean.unsqueeze(0)).sum([1L]), nullSums, first);
            }

            offset += b;
        }

        foreach (double[] effects in conceptEffects)
        {
            RequireFinite(effects, concept, "the subject's steering");
        }

        for (int r = 0; r < sides.Count; r++)
        {
            RequireFinite(sideEffects[r], sides[r], "the subject's steering");
        }

        RequireFinite(nullSums, concept, "a null direction's steering");
        return new Result(conceptEffects, sideEffects, nullSums);
    }

    /// <summary>h + v for G vectors v (rows, [G, C]) at every position of a batch's layer output h [B, C, ...]: [G·B, C, ...], row g·B + i being vector g added to example i.</summary>
    internal static Tensor Steer(Tensor layer, Tensor rows)
    {
        long g = rows.shape[0];
        long[] vectorShape = [g, 1, rows.shape[1], .. Enumerable.Repeat(1L, (int)layer.dim() - 2)];
        long[] stackedShape = [g * layer.shape[0], .. layer.shape.Skip(1)];
        return layer.unsqueeze(0).add(rows.reshape(vectorShape), TorchScalars.One).reshape(stackedShape);
    }

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

    private void RequireFinite(double[] values, Readout readout, string what)
    {
        int bad = Array.FindIndex(values, v => !double.IsFinite(v));
        if (bad >= 0)
        {
            throw new ClaimCheckException(DiagnosticIds.ReadoutDoesNotFitOutput,
                $"readout '{readout.Name}' gave a non-finite value under {what} on split '{_split.Name}' (at steered example {bad}); changes over NaN or infinity mean nothing");
        }
    }
}
