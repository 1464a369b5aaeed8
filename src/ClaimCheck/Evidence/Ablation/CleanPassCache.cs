using ClaimCheck.Targets;
using static TorchSharp.torch;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>
/// The clean passes of an audit target's ablations, kept per (split content, layer, batch size, device): each batch's
/// model output and layer output without intervention. Every ablation of a layer on a split starts from the same clean
/// passes (its reference mean, the subject's effect, each null draw's baseline), and so does the same claim measured
/// again with more null draws; computing them once per target instead of once or twice per claim saves a whole
/// forward pass over the split each time. The batches are the ones a claim would have run (same boundaries, same
/// order), so every value is bit for bit what the claim would have computed itself. A sweep whose tensors would hold
/// beyond the cache's element budget (all kept sweeps together) is not kept: its claims compute their passes as before.
/// </summary>
internal sealed class CleanPassCache : IDisposable
{
    /// <summary>Most elements (model and layer outputs) all kept sweeps of a target may hold together by default: 128 MB of float32.</summary>
    public const long DefaultElementBudget = 32L << 20;

    private readonly long _elementBudget;

    private readonly Dictionary<(string Split, string Layer, int BatchSize, string Device), Batch[]?> _sweeps = [];
    private readonly Lock _gate = new();
    private int _sweepsComputed;
    private long _keptElements;

    /// <param name="elementBudget">Most elements all kept sweeps may hold together; 0 keeps nothing (every pass computed directly).</param>
    public CleanPassCache(long elementBudget = DefaultElementBudget)
    {
        _elementBudget = elementBudget;
    }

    /// <summary>How many sweeps were computed and kept (tests prove that claims share them).</summary>
    public int SweepsComputed => Volatile.Read(ref _sweepsComputed);

    /// <summary>
    /// The clean pass over examples [<paramref name="start"/>, <paramref name="start"/> + <paramref name="count"/>) of
    /// <paramref name="split"/>, as new tensors in the caller's dispose scope (copies: a readout that writes into its
    /// input cannot change what later claims read). The first request for a split computes the whole sweep in batches
    /// of <paramref name="batchSize"/>; a batch that is not one of those, or a sweep over the budget, is computed
    /// directly by <paramref name="passes"/>.
    /// </summary>
    public (Tensor Output, Tensor Layer) Get(ForwardPasses passes, string layer, DataSplit split, int batchSize, int start, int count, Device device)
    {
        Batch[]? sweep;
        lock (_gate)
        {
            var key = (split.Fingerprint, layer, batchSize, device.ToString());
            if (!_sweeps.TryGetValue(key, out sweep))
            {
                sweep = Compute(passes, split, batchSize, device);
                _sweeps[key] = sweep;
            }
        }

        int index = start / Math.Max(1, batchSize);
        if (sweep is not null && index < sweep.Length && sweep[index].Start == start && sweep[index].Count == count)
        {
            return (sweep[index].Output.clone(), sweep[index].Layer.clone());
        }

        return passes.Clean(Batches.Input(split, start, count, device));
    }

    /// <summary>Releases every kept sweep.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            foreach (Batch[]? sweep in _sweeps.Values)
            {
                Release(sweep ?? []);
            }

            _sweeps.Clear();
            _keptElements = 0;
        }
    }

    private Batch[]? Compute(ForwardPasses passes, DataSplit split, int batchSize, Device device)
    {
        var batches = new List<Batch>();
        long reserved = 0;
        try
        {
            using var inference = inference_mode();
            foreach ((int start, int count) in Batches.Of(split.Count, batchSize))
            {
                using var scope = NewDisposeScope();
                (Tensor output, Tensor layer) = passes.Clean(Batches.Input(split, start, count, device));
                if (batches.Count == 0)
                {
                    // The first batch tells the whole sweep's size; one that would not fit is not started.
                    reserved = (long)Math.Ceiling((output.numel() + layer.numel()) * ((double)split.Count / count));
                    if (_keptElements + reserved > _elementBudget)
                    {
                        return null;
                    }

                    _keptElements += reserved;
                }

                batches.Add(new Batch(start, count, output.DetachFromDisposeScope(), layer.DetachFromDisposeScope()));
            }
        }
        catch
        {
            // A failing pass is the claim's to report (its own pass fails the same way); nothing half-done is kept.
            _keptElements -= reserved;
            Release(batches);
            throw;
        }

        Interlocked.Increment(ref _sweepsComputed);
        return [.. batches];
    }

    private static void Release(IEnumerable<Batch> batches)
    {
        foreach (Batch batch in batches)
        {
            batch.Output.Dispose();
            batch.Layer.Dispose();
        }
    }

    private sealed record Batch(int Start, int Count, Tensor Output, Tensor Layer);
}
