using System.Collections.Concurrent;
using ClaimCheck.Claims;
using ClaimCheck.Targets;
using ClaimCheck.Verdicts;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Capture;

/// <summary>
/// The activation cache of one audit target: reduced activations per (split content, layer, reduction), captured once
/// with a forward hook in batches and shared by every claim of the run, also when claims run in parallel. A split is
/// known by its <see cref="DataSplit.Fingerprint"/> (a hash of its shape and values), not its name: two different
/// splits that share a name (a patched copy, a split rebuilt with other data) never read each other's activations.
/// </summary>
public sealed class ActivationStore
{
    private readonly AuditTarget _target;
    private readonly ConcurrentDictionary<(string SplitFingerprint, string Layer, Reduction Reduction), Lazy<ActivationMatrix>> _cache = new();
    private int _capturePasses;

    internal ActivationStore(AuditTarget target)
    {
        _target = target;
    }

    /// <summary>
    /// The lock every forward pass with a hook on this target's model takes: a hook sees every pass of the shared
    /// model, so two concurrent hooked passes (a split capture, an edit scoring) would read each other's batches.
    /// </summary>
    internal object CaptureGate => ModelGate.For(_target.Model);

    /// <summary>How many capture passes ran (a test proves that claims share them).</summary>
    public int CapturePasses => Volatile.Read(ref _capturePasses);

    /// <summary>The reduced activations of <paramref name="layer"/> on <paramref name="split"/>.</summary>
    public ActivationMatrix Get(DataSplit split, string layer, Reduction reduction)
    {
        ArgumentNullException.ThrowIfNull(split);
        var key = (split.Fingerprint, layer, reduction);
        Lazy<ActivationMatrix> entry = _cache.GetOrAdd(
            key,
            _ => new Lazy<ActivationMatrix>(() => Capture(split, layer, reduction), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return entry.Value;
        }
        catch (ClaimCheckException)
        {
            // A failed capture (unknown layer, NaN) is not cached as a failure for later, differently-declared claims.
            _cache.TryRemove(new KeyValuePair<(string, string, Reduction), Lazy<ActivationMatrix>>(key, entry));
            throw;
        }
    }

    private ActivationMatrix Capture(DataSplit split, string layer, Reduction reduction)
    {
        // One capture at a time per target: a hook sees every forward pass of the shared model, so two concurrent
        // captures would read each other's batches.
        lock (CaptureGate)
        {
            return CaptureExclusive(split, layer, reduction);
        }
    }

    private ActivationMatrix CaptureExclusive(DataSplit split, string layer, Reduction reduction)
    {
        _target.Prepare();
        nn.Module<Tensor, Tensor> module = LayerResolver.Resolve(_target.Model, layer);
        Interlocked.Increment(ref _capturePasses);

        float[]? values;
        int units;
        Tensor? captured = null;
        var hook = module.register_forward_hook((_, _, output) =>
        {
            // Sequential disposes intermediate outputs, so the hook keeps its own reduced copy.
            captured = LayerReduction.Reduce(output, reduction).detach().to(CPU).clone();
            return output;
        });

        try
        {
            values = RunBatches(split, layer, () => captured, () => captured = null, out units);
        }
        finally
        {
            hook.remove();
        }

        var matrix = new ActivationMatrix(values ?? [], split.Count, units);
        int bad = matrix.FirstNonFinite();
        if (bad >= 0)
        {
            throw new ClaimCheckException(DiagnosticIds.NonFiniteActivations,
                $"layer '{layer}' produced a non-finite activation on split '{split.Name}' (example {bad / units}, unit {bad % units}); scores over NaN or infinity mean nothing");
        }

        return matrix;
    }

    private float[]? RunBatches(DataSplit split, string layer, Func<Tensor?> takeCaptured, Action clearCaptured, out int units)
    {
        float[]? values = null;
        units = 0;
        int batchSize = Math.Max(1, _target.BatchSize);
        long[] shape = split.ExampleShape.ToArray();
        for (int start = 0; start < split.Count; start += batchSize)
        {
            int count = Math.Min(batchSize, split.Count - start);
            using var scope = NewDisposeScope();
            using var inference = inference_mode();
            float[] batchValues = split.Values.Slice(start * split.ValuesPerExample, count * split.ValuesPerExample).ToArray();
            Tensor input = tensor(batchValues, [count, .. shape]).to(_target.Device);
            try
            {
                _target.Model.call(input);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.Runtime.InteropServices.ExternalException)
            {
                throw new ClaimCheckException(DiagnosticIds.ModelRejectedInput,
                    $"the model rejected a batch of split '{split.Name}' (examples of shape [{string.Join(", ", shape)}]): {e.Message}", e);
            }

            Tensor? captured = takeCaptured();
            if (captured is null)
            {
                throw new ClaimCheckException(DiagnosticIds.UnknownLayer,
                    $"layer '{layer}' did not run during the forward pass (custom modules must call their children with call(), not forward())");
            }

            using Tensor batch = captured;
            clearCaptured();
            units = (int)batch.shape[1];
            values ??= new float[(long)split.Count * units];
            batch.data<float>().CopyTo(values.AsSpan(start * units, count * units));
        }

        return values;
    }
}
