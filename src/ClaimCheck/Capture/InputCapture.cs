using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Targets;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Capture;

/// <summary>
/// Captures a layer's reduced activations on arbitrary inputs that belong to no split (edited inputs, shrink
/// candidates): one hooked forward pass per batch of <see cref="AuditTarget.BatchSize"/> inputs, nothing cached.
/// </summary>
internal static class InputCapture
{
    /// <summary>The reduced activations of <paramref name="layer"/> for the inputs laid out one after another in <paramref name="values"/>.</summary>
    /// <param name="target">The audit target whose model runs.</param>
    /// <param name="layer">The layer's dotted path.</param>
    /// <param name="reduction">How spatial maps are reduced.</param>
    /// <param name="values">The inputs, row-major, <paramref name="exampleShape"/> per input.</param>
    /// <param name="exampleShape">The shape of one input, e.g. [1, 32, 32].</param>
    public static ActivationMatrix Run(AuditTarget target, string layer, Reduction reduction, float[] values, IReadOnlyList<long> exampleShape)
    {
        ArgumentNullException.ThrowIfNull(target);
        LayerLayout layout = target.LayoutOf(layer);
        return Run(target, layer, values, exampleShape, output => LayerReduction.Reduce(output, reduction, layout));
    }

    /// <summary>
    /// The activations of <paramref name="layer"/> at every position of every input, unreduced: row i·P + p is input i
    /// at position p (P positions per input, 1 for a 2-D layer), so a subject's score per position is its score per row.
    /// </summary>
    /// <returns>The rows, and P.</returns>
    public static (ActivationMatrix Rows, int Positions) RunPositions(AuditTarget target, string layer, float[] values, IReadOnlyList<long> exampleShape)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(values);
        LayerLayout layout = target.LayoutOf(layer);
        int positions = 1;
        ActivationMatrix rows = Run(target, layer, values, exampleShape, output =>
        {
            if (output.dim() <= 2)
            {
                return output;
            }

            Tensor unitsFirst = layout.ToUnitsFirst(output).flatten(2);          // [B, C, P]
            positions = (int)unitsFirst.shape[2];
            return unitsFirst.transpose(1, 2).reshape(-1, unitsFirst.shape[1]);  // [B·P, C]
        });
        return (rows, positions);
    }

    private static ActivationMatrix Run(AuditTarget target, string layer, float[] values, IReadOnlyList<long> exampleShape, Func<Tensor, Tensor> reduce)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(exampleShape);
        int perInput = (int)exampleShape.Aggregate(1L, (a, b) => a * b);
        if (perInput <= 0 || values.Length % perInput != 0)
        {
            throw new ClaimCheckException(DiagnosticIds.ModelRejectedInput,
                $"{values.Length} values are not a whole number of inputs of shape [{string.Join(", ", exampleShape)}]");
        }

        int count = values.Length / perInput;
        // Same gate as split captures: a hook sees every forward pass of the shared model.
        lock (target.Activations.CaptureGate)
        {
            target.Prepare();
            nn.Module<Tensor, Tensor> module = LayerResolver.Resolve(target.Model, layer);
            Tensor? captured = null;
            var hook = module.register_forward_hook((_, _, output) =>
            {
                // Sequential disposes intermediate outputs, so the hook keeps its own reduced copy, outside every dispose
                // scope: a model whose forward opens scopes of its own would otherwise free it when the layer's parent returns.
                captured = reduce(output).detach().to(CPU).clone().DetachFromDisposeScope();
                return output;
            });
            try
            {
                return RunBatches(target, layer, values, count, perInput, exampleShape.ToArray(), () => captured, () => captured = null);
            }
            finally
            {
                hook.remove();
            }
        }
    }

    private static ActivationMatrix RunBatches(
        AuditTarget target, string layer, float[] values, int count, int perInput, long[] shape, Func<Tensor?> take, Action clear)
    {
        float[]? result = null;
        int units = 0;
        int rowsPerInput = 1;
        int batchSize = Math.Max(1, target.BatchSize);
        for (int start = 0; start < count; start += batchSize)
        {
            int n = Math.Min(batchSize, count - start);
            using var scope = NewDisposeScope();
            using var inference = inference_mode();
            Tensor input = tensor(values.AsSpan(start * perInput, n * perInput).ToArray(), [n, .. shape]).to(target.Device);
            try
            {
                target.Model.call(input);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.Runtime.InteropServices.ExternalException)
            {
                throw new ClaimCheckException(DiagnosticIds.ModelRejectedInput,
                    $"the model rejected a batch of edited inputs (shape [{string.Join(", ", shape)}]): {e.Message}", e);
            }

            using Tensor batch = take() ?? throw new ClaimCheckException(DiagnosticIds.UnknownLayer,
                $"layer '{layer}' did not run during the forward pass (custom modules must call their children with call(), not forward())");
            clear();
            // A reduced capture has one row per input; an unreduced one, one per input and position.
            rowsPerInput = (int)(batch.shape[0] / n);
            units = (int)batch.shape[1];
            result ??= new float[(long)count * rowsPerInput * units];
            batch.data<float>().CopyTo(result.AsSpan(start * rowsPerInput * units, n * rowsPerInput * units));
        }

        var matrix = new ActivationMatrix(result ?? [], count * rowsPerInput, units);
        int bad = matrix.FirstNonFinite();
        if (bad >= 0)
        {
            throw new ClaimCheckException(DiagnosticIds.NonFiniteActivations,
                $"layer '{layer}' produced a non-finite activation on an edited input (input {bad / units / rowsPerInput}, unit {bad % units})");
        }

        return matrix;
    }
}
