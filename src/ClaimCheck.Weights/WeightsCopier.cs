using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Weights;

/// <summary>
/// Reads each checked tensor's bytes, checks the values are finite, and only then copies them all into the module,
/// so a file that fails half-way leaves the module as it was.
/// </summary>
internal static class WeightsCopier
{
    public static WeightsReport Copy(
        IReadOnlyList<StoredTensor> index, IReadOnlyDictionary<string, Tensor> state, Stream stream, string source, WeightsFormat format, WeightsOptions options)
    {
        if (!BitConverter.IsLittleEndian)
        {
            // Both formats store little-endian bytes, which Tensor.bytes would take as they are.
            throw new PlatformNotSupportedException("weights files are little-endian; loading them on a big-endian machine is not supported");
        }

        using var scope = NewDisposeScope();
        var loaded = new List<(StoredTensor Stored, Tensor Values)>(index.Count);
        var nonFinite = new List<string>();
        long nonFiniteValues = 0;
        foreach (StoredTensor stored in index.OrderBy(t => t.Offset))
        {
            Tensor values = Read(stored, stream, source);
            if (stored.Dtype.IsFloating && !options.AllowNonFinite)
            {
                long bad = values.isfinite().logical_not().sum().item<long>();
                if (bad > 0)
                {
                    nonFinite.Add($"'{stored.Name}' ({bad} of {values.numel()})");
                    nonFiniteValues += bad;
                }
            }

            loaded.Add((stored, values));
        }

        if (nonFinite.Count > 0)
        {
            throw WeightsErrors.NonFinite(source, nonFinite.Order(StringComparer.Ordinal).ToArray(), nonFiniteValues);
        }

        var conversions = new List<string>();
        using (no_grad())
        {
            foreach ((StoredTensor stored, Tensor values) in loaded)
            {
                Tensor target = state[stored.Name];
                if (stored.Dtype.Type != target.dtype)
                {
                    conversions.Add($"{stored.Name}: {stored.Dtype.Name} → {target.dtype}");
                }

                // copy_ converts the dtype and moves to the target's device.
                target.copy_(values);
            }
        }

        return new WeightsReport(source, format, loaded.Count, index.Sum(t => t.Length), conversions.Order(StringComparer.Ordinal).ToArray());
    }

    private static Tensor Read(StoredTensor stored, Stream stream, string source)
    {
        // The length was checked against the module's own tensor, so this allocation is bounded by the model's size.
        byte[] bytes = new byte[stored.Length];
        stream.Position = stored.Offset;
        try
        {
            stream.ReadExactly(bytes);
        }
        catch (EndOfStreamException)
        {
            throw WeightsErrors.Truncated(source, $"it ends inside the data of tensor '{stored.Name}'");
        }

        Tensor values = empty(stored.Shape, stored.Dtype.Type);
        if (bytes.Length > 0)
        {
            values.bytes = bytes;
        }

        return values;
    }
}
