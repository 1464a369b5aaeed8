using System.Numerics;
using System.Runtime.InteropServices;
using ClaimCheck.Capture.Disk;
using ClaimCheck.Diagnostics;
using ClaimCheck.Targets;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Capture.Tokens;

/// <summary>
/// One layer of a token capture: a forward hook that copies the layer's output of the current batch, every position a
/// row, into one reused buffer, and an activation file (the store's format, <see cref="ActivationFileLayout"/>) that takes
/// the batch's rows after the pass. At most one batch of the layer's output and one block of the file are in memory.
/// The file is written under a temporary name and renamed into place when complete; disposing it unfinished deletes it.
/// </summary>
internal sealed class TokenLayerFile : IDisposable
{
    private readonly string _layer;
    private readonly LayerLayout _layout;
    private readonly TokenSequences _sequences;
    private readonly string _path;
    private readonly string _temporary;
    private readonly int _maxBlockRows;
    private readonly Action _removeHook;
    private ActivationFileWriter? _writer;
    private float[] _buffer = [];
    private int _fired;
    private int _batchCount;
    private int _units;
    private int _blockRows;
    private string? _wrongShape;
    private bool _done;

    public TokenLayerFile(nn.Module model, string layer, LayerLayout layout, TokenSequences sequences, string path, int maxBlockRows)
    {
        _layer = layer;
        _layout = layout;
        _sequences = sequences;
        _path = path;
        _temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        _maxBlockRows = maxBlockRows;
        nn.Module<Tensor, Tensor> module = LayerResolver.Resolve(model, layer);
        var hook = module.register_forward_hook((_, _, output) =>
        {
            Take(output);
            return output;
        });
        _removeHook = hook.remove;
    }

    /// <summary>Values this layer holds in memory at most: its batch buffer and its file's block.</summary>
    public long BufferedValues => _buffer.LongLength + (Math.Min(_blockRows, _sequences.Tokens) * _units);

    /// <summary>The key written into the file's header: what the rows are, so a reader can tell one capture from another.</summary>
    public string Key => string.Join('\n',
        $"format: {ActivationFileLayout.FormatVersion}",
        "kind: token capture (every position a row)",
        $"layer: {_layer}",
        $"layout: {_layout.Name}",
        $"tokens: {_sequences.Fingerprint}",
        $"sequences: {_sequences.Count} of {_sequences.SequenceLength}") + "\n";

    /// <summary>Starts a batch of <paramref name="count"/> sequences: the hook must fire exactly once before <see cref="Flush"/>.</summary>
    public void Begin(int count)
    {
        _batchCount = count;
        _fired = 0;
        _wrongShape = null;
    }

    /// <summary>Checks the batch the hook copied and appends its rows to the file; <paramref name="firstRow"/> is its first row.</summary>
    public void Flush(long firstRow)
    {
        if (_fired == 0)
        {
            throw new ClaimCheckException(DiagnosticIds.UnknownLayer,
                $"layer '{_layer}' did not run during the forward pass (custom modules must call their children with call(), not forward())");
        }

        if (_wrongShape is not null)
        {
            throw new ClaimCheckException(DiagnosticIds.UnknownLayer, _wrongShape);
        }

        if (_fired > 1)
        {
            throw new ClaimCheckException(DiagnosticIds.UnknownLayer,
                $"layer '{_layer}' ran {_fired} times in one forward pass, so which of its outputs is a token's row is ambiguous; capture a module that runs once per pass");
        }

        int length = _batchCount * _sequences.SequenceLength * _units;
        int bad = FirstNonFinite(_buffer.AsSpan(0, length));
        if (bad >= 0)
        {
            long row = firstRow + (bad / _units);
            throw new ClaimCheckException(DiagnosticIds.NonFiniteActivations,
                $"layer '{_layer}' produced a non-finite activation at token {row} (sequence {row / _sequences.SequenceLength}, position {row % _sequences.SequenceLength}, unit {bad % _units}); rows with NaN or infinity mean nothing");
        }

        Write(() => (_writer ??= Open()).Append(_buffer.AsSpan(0, length)));
    }

    /// <summary>Completes the file, moves it into place and opens it for reading in place.</summary>
    public TokenLayerActivations Complete()
    {
        string key = Key;
        Write(() =>
        {
            _writer!.Complete();
            _writer.Dispose();
            File.Move(_temporary, _path, overwrite: true);
        });
        _done = true;
        return new TokenLayerActivations(_layer, _layout, _path, new ActivationMatrix(ActivationFileBlocks.Open(_path, key)));
    }

    public void Dispose()
    {
        _removeHook();
        _writer?.Dispose();
        if (!_done)
        {
            try
            {
                File.Delete(_temporary);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A capture that already failed reports that failure; a leftover temporary file is only clutter.
            }
        }
    }

    private void Take(Tensor output)
    {
        _fired++;
        long batch = _batchCount, length = _sequences.SequenceLength;
        bool sequence = output.dim() == 3 && output.shape[0] == batch && output.shape[_layout.IsUnitsLast ? 1 : 2] == length;
        long units = sequence ? output.shape[_layout.IsUnitsLast ? 2 : 1] : 0;
        if (!sequence || (_units != 0 && units != _units) || batch * length * units > Array.MaxLength)
        {
            _wrongShape = $"layer '{_layer}' gave an output of shape [{string.Join(", ", output.shape)}] for {batch} sequences of {length} tokens; a token capture needs [batch, sequence, units] ({_layout.Name}: "
                + (_layout.IsUnitsLast ? $"[{batch}, {length}, units]" : $"[{batch}, units, {length}]") + "), the same units every batch. Declare the layer's layout (AuditTarget.LayoutOf) or capture a sequence layer";
            return;
        }

        _units = (int)units;
        using var scope = NewDisposeScope();
        // Rows are positions: units last, then the batch's sequences one after another, each position a row.
        Tensor rows = (_layout.IsUnitsLast ? output : output.movedim([1L], [-1L])).detach().to(ScalarType.Float32).cpu().contiguous();
        int values = (int)(batch * length * units);
        if (_buffer.Length < values)
        {
            _buffer = new float[values];
        }

        // The tensor's own memory, copied in one block: an element-wise accessor costs more than the rest of the capture.
        MemoryMarshal.Cast<byte, float>(rows.bytes)[..values].CopyTo(_buffer);
    }

    /// <summary>The index of the first NaN or infinity, or -1; x − x is 0 exactly for finite x, so whole vectors are checked at once.</summary>
    private static int FirstNonFinite(ReadOnlySpan<float> values)
    {
        int start = 0;
        if (Vector.IsHardwareAccelerated)
        {
            ReadOnlySpan<Vector<float>> vectors = MemoryMarshal.Cast<float, Vector<float>>(values);
            int v = 0;
            while (v < vectors.Length && Vector.EqualsAll(vectors[v] - vectors[v], Vector<float>.Zero))
            {
                v++;
            }

            start = v * Vector<float>.Count;
        }

        for (int i = start; i < values.Length; i++)
        {
            if (!float.IsFinite(values[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private ActivationFileWriter Open()
    {
        try
        {
            _blockRows = ActivationFileLayout.BlockRowsFor(_units, _maxBlockRows);
            return new ActivationFileWriter(_temporary, Key, _sequences.Tokens, _units, _blockRows);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new ClaimCheckException(DiagnosticIds.ActivationsTooLarge,
                $"layer '{_layer}' on {_sequences.Tokens:N0} tokens × {_units:N0} units is a shape the activation file does not take ({e.Message}); capture fewer tokens at once", e);
        }
    }

    // A failed write stops the capture with an ID (its temporary file is deleted on dispose), not an exception from deep
    // inside the writer.
    private void Write(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ClaimCheckException(DiagnosticIds.ActivationCacheUnusable,
                $"the token capture of layer '{_layer}' could not be written to {_path}: {e.Message}", e);
        }
    }
}
