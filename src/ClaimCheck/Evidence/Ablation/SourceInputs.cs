using ClaimCheck.Diagnostics;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>
/// Where replacement activations come from, example by example: another input of the split (resampling) or the
/// caller's counterpart of the input (patching). The layer's output on these inputs is computed batch by batch, so
/// nothing the size of the split's activations is kept.
/// </summary>
internal sealed class SourceInputs
{
    private readonly DataSplit _split;
    private readonly int[]? _order;

    private SourceInputs(DataSplit split, int[]? order)
    {
        _split = split;
        _order = order;
    }

    /// <summary>The source of example i is example <see cref="Permutation"/>[i] of the split itself.</summary>
    public static SourceInputs Resampled(DataSplit split, ulong seed) => new(split, Permutation(split.Count, seed));

    /// <summary>The source of example i is example i of the counterpart split; CLM3002 when it does not pair up.</summary>
    public static SourceInputs Counterparts(DataSplit split, Func<DataSplit, DataSplit>? counterparts)
    {
        if (counterparts is null)
        {
            throw new ClaimCheckException(DiagnosticIds.PatchCounterpartsMissing,
                $"a Patch ablation needs the counterpart of each example of split '{split.Name}' (AblationEngineSettings.Counterparts), e.g. the input with the concept edited out; none was given");
        }

        DataSplit pairs = counterparts(split);
        if (pairs is null || pairs.Count != split.Count || !pairs.ExampleShape.SequenceEqual(split.ExampleShape))
        {
            string got = pairs is null ? "nothing" : $"{pairs.Count} examples of shape [{string.Join(", ", pairs.ExampleShape)}]";
            throw new ClaimCheckException(DiagnosticIds.PatchCounterpartsMissing,
                $"the counterparts of split '{split.Name}' must pair with its {split.Count} examples of shape [{string.Join(", ", split.ExampleShape)}], one for one; got {got}");
        }

        return new SourceInputs(pairs, null);
    }

    /// <summary>
    /// A uniform random cyclic permutation of 0..<paramref name="count"/>−1 (Sattolo's algorithm): a derangement, so
    /// no example is resampled from itself, which would hide part of the ablation.
    /// </summary>
    public static int[] Permutation(int count, ulong seed)
    {
        int[] order = Enumerable.Range(0, count).ToArray();
        var random = new SeededRandom(seed);
        for (int i = count - 1; i > 0; i--)
        {
            int j = random.NextInt(i);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }

    /// <summary>The counterpart split when example i's source is its example i (patching), else null.</summary>
    public DataSplit? Unpermuted => _order is null ? _split : null;

    /// <summary>The source inputs of examples [start, start + count), row-major.</summary>
    public float[] Batch(int start, int count)
    {
        if (_order is null)
        {
            return _split.Values.Slice(start * _split.ValuesPerExample, count * _split.ValuesPerExample).ToArray();
        }

        float[] values = new float[count * _split.ValuesPerExample];
        for (int i = 0; i < count; i++)
        {
            _split.Example(_order[start + i]).CopyTo(values.AsSpan(i * _split.ValuesPerExample));
        }

        return values;
    }
}
