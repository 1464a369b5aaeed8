using ClaimCheck.Capture.Disk;
using ClaimCheck.Diagnostics;
using ClaimCheck.Targets;

namespace ClaimCheck.Capture;

/// <summary>
/// Where a capture's batches go: one array in memory, or (for a matrix larger than
/// <see cref="ActivationMatrixSize.InMemoryValues"/>, when the store on disk takes it) straight into an entry of the
/// store, so the split is never held whole. Either way every value is checked to be finite as it arrives.
/// </summary>
internal sealed class CaptureSink(DataSplit split, string layer, Func<int, ActivationDiskTier.LargeEntry?>? large) : IDisposable
{
    private float[]? _values;
    private ActivationDiskTier.LargeEntry? _entry;
    private int _units;
    private float[] _buffer = [];

    /// <summary>
    /// A buffer of at least <paramref name="length"/> floats for the next batch, reused batch after batch: a capture of
    /// 2,000,000 examples would otherwise leave thousands of megabyte-sized arrays to the garbage collector.
    /// </summary>
    public float[] Buffer(int length)
    {
        if (_buffer.Length < length)
        {
            _buffer = new float[length];
        }

        return _buffer;
    }

    /// <summary>
    /// Takes the batch of examples [<paramref name="start"/>, <paramref name="start"/> + <paramref name="count"/>), row-major,
    /// in the first count × units values of <paramref name="batch"/>.
    /// </summary>
    public void Add(int start, int count, int units, float[] batch)
    {
        if (_values is null && _entry is null)
        {
            _units = units;
            _entry = large?.Invoke(units);
            if (_entry is null)
            {
                ActivationMatrixSize.Require(split.Count, units, $"layer '{layer}' on split '{split.Name}'");
                _values = new float[(long)split.Count * units];
            }
        }

        int bad = Array.FindIndex(batch, 0, count * units, v => !float.IsFinite(v));
        if (bad >= 0)
        {
            throw new ClaimCheckException(DiagnosticIds.NonFiniteActivations,
                $"layer '{layer}' produced a non-finite activation on split '{split.Name}' (example {start + (bad / units)}, unit {bad % units}); scores over NaN or infinity mean nothing");
        }

        if (_entry is not null)
        {
            Store(() => _entry.Append(batch.AsSpan(0, count * units)));
        }
        else
        {
            batch.AsSpan(0, count * units).CopyTo(_values.AsSpan((int)((long)start * units)));
        }
    }

    /// <summary>The captured matrix.</summary>
    public ActivationMatrix Finish()
    {
        if (_entry is null)
        {
            return new ActivationMatrix(_values ?? [], split.Count, _units);
        }

        ActivationMatrix? stored = null;
        Store(() => stored = _entry.Complete());
        return stored!;
    }

    // A matrix too large for memory has nowhere else to go: a failed write stops the claims on this layer and split with
    // the store's ID (its temporary file is deleted on dispose), instead of an exception from deep inside the capture.
    private void Store(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ClaimCheckException(DiagnosticIds.ActivationCacheUnusable,
                $"layer '{layer}' on split '{split.Name}' holds {(long)split.Count * _units:N0} values, too many to keep in memory, and the activation store on disk could not take them: {e.Message}", e);
        }
    }

    /// <summary>Deletes an entry left unfinished (a capture that failed halfway).</summary>
    public void Dispose() => _entry?.Dispose();
}
