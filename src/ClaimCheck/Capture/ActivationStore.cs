using System.Collections.Concurrent;
using ClaimCheck.Capture.Disk;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Targets;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Capture;

/// <summary>
/// The activation cache of one audit target: reduced activations per (split content, layer, reduction), captured once
/// with a forward hook in batches and shared by every claim of the run, also when claims run in parallel. A split is
/// known by its <see cref="DataSplit.Fingerprint"/> (a hash of its shape and values), not its name: two different
/// splits that share a name (a patched copy, a split rebuilt with other data) never read each other's activations.
/// Memory is the first tier; the second is a folder on disk (<see cref="ActivationCacheSetting"/>) shared by every run
/// and process, keyed by the model's weights and code, the data, the layer and the reduction, and checked on every read,
/// so a rerun of unchanged claims on an unchanged model and data captures nothing.
/// </summary>
public sealed class ActivationStore
{
    private readonly AuditTarget _target;
    private readonly ConcurrentDictionary<(string SplitFingerprint, string Layer, Reduction Reduction), Lazy<ActivationMatrix>> _cache = new();
    private readonly Lazy<string> _modelCode;
    private Lazy<ActivationDiskTier?> _disk = new(ActivationDiskTier.FromSetting, LazyThreadSafetyMode.ExecutionAndPublication);
    private int _capturePasses;
    private int _diskLoads;

    internal ActivationStore(AuditTarget target)
    {
        _target = target;
        _modelCode = new Lazy<string>(() => ModelCodeFingerprint.Of(_target.Model), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The lock every forward pass with a hook on this target's model takes: a hook sees every pass of the shared
    /// model, so two concurrent hooked passes (a split capture, an edit scoring) would read each other's batches.
    /// </summary>
    internal object CaptureGate => ModelGate.For(_target.Model);

    /// <summary>How many capture passes ran (a test proves that claims share them).</summary>
    public int CapturePasses => Volatile.Read(ref _capturePasses);

    /// <summary>How many activation matrices were read from the store on disk instead of captured.</summary>
    internal int DiskLoads => Volatile.Read(ref _diskLoads);

    /// <summary>The folder of the store on disk this target reads and writes, or null when it keeps activations in memory only.</summary>
    public string? DiskFolder => _disk.Value?.Folder;

    /// <summary>
    /// Replaces the tier on disk the setting chose (null: memory only); tests give each target the folder they mean it
    /// to share. Call it before the first <see cref="Get"/>.
    /// </summary>
    internal void UseDisk(ActivationDiskTier? tier) => _disk = new Lazy<ActivationDiskTier?>(() => tier);

    /// <summary>The reduced activations of <paramref name="layer"/> on <paramref name="split"/>.</summary>
    public ActivationMatrix Get(DataSplit split, string layer, Reduction reduction)
    {
        ArgumentNullException.ThrowIfNull(split);
        var key = (split.Fingerprint, layer, reduction);
        Lazy<ActivationMatrix> entry = _cache.GetOrAdd(
            key,
            _ => new Lazy<ActivationMatrix>(() => LoadOrCapture(split, layer, reduction), LazyThreadSafetyMode.ExecutionAndPublication));
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

    /// <summary>The entry from the store on disk when it holds a sound one; else a capture, which is then stored there.</summary>
    private ActivationMatrix LoadOrCapture(DataSplit split, string layer, Reduction reduction)
    {
        ActivationDiskTier? disk = _disk.Value;
        if (disk is null)
        {
            return Capture(split, layer, reduction);
        }

        ActivationKey key;
        lock (CaptureGate)
        {
            // What a capture would do first (the model on its device, the splits checked) happens with a load too, so a
            // claim sees the same diagnostics either way; the key reads the model's weights, which no pass may be using.
            _target.Prepare();
            key = ActivationKey.For(_target, _modelCode.Value, split, layer, reduction);
        }

        if (disk.TryLoad(key) is { } stored && stored.Rows == split.Count)
        {
            Interlocked.Increment(ref _diskLoads);
            return stored;
        }

        ActivationMatrix captured = Capture(split, layer, reduction, units => disk.BeginLarge(key, split.Count, units));
        if (captured.InMemory)
        {
            disk.Save(key, captured);
        }

        return captured;
    }

    /// <summary>
    /// Captures <paramref name="layer"/> on <paramref name="split"/>. When the matrix would be larger than
    /// <see cref="ActivationMatrixSize.InMemoryValues"/> and <paramref name="large"/> gives an entry of the store on disk
    /// (it is asked once the first batch shows the layer's width), the batches go straight into that entry and the
    /// matrix is read from it in place: the split is never held whole.
    /// </summary>
    private ActivationMatrix Capture(DataSplit split, string layer, Reduction reduction, Func<int, ActivationDiskTier.LargeEntry?>? large = null)
    {
        // One capture at a time per target: a hook sees every forward pass of the shared model, so two concurrent
        // captures would read each other's batches.
        lock (CaptureGate)
        {
            return CaptureExclusive(split, layer, reduction, large);
        }
    }

    private ActivationMatrix CaptureExclusive(DataSplit split, string layer, Reduction reduction, Func<int, ActivationDiskTier.LargeEntry?>? large)
    {
        _target.Prepare();
        nn.Module<Tensor, Tensor> module = LayerResolver.Resolve(_target.Model, layer);
        LayerLayout layout = _target.LayoutOf(layer);
        Interlocked.Increment(ref _capturePasses);

        Tensor? captured = null;
        var hook = module.register_forward_hook((_, _, output) =>
        {
            // Sequential disposes intermediate outputs, so the hook keeps its own reduced copy, outside every dispose
            // scope: a model whose forward opens scopes of its own would otherwise free it when the layer's parent returns.
            captured = LayerReduction.Reduce(output, reduction, layout).detach().to(CPU).clone().DetachFromDisposeScope();
            return output;
        });

        var sink = new CaptureSink(split, layer, large);
        try
        {
            RunBatches(split, layer, () => captured, () => captured = null, sink);
            return sink.Finish();
        }
        finally
        {
            hook.remove();
            sink.Dispose();
        }
    }

    private void RunBatches(DataSplit split, string layer, Func<Tensor?> takeCaptured, Action clearCaptured, CaptureSink sink)
    {
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
            int width = (int)batch.shape[1];
            float[] values = sink.Buffer(count * width);
            batch.data<float>().CopyTo(values.AsSpan(0, count * width));
            sink.Add(start, count, width, values);
        }
    }
}
