using System.Text;

namespace ClaimCheck.Weights;

/// <summary>
/// Reads the index of a file written by TorchSharp's <c>module.save</c>: a LEB128 count of tensors, then per tensor a
/// LEB128-prefixed UTF-8 name, LEB128 codes for its scalar type, its number of dimensions and each dimension, and its
/// raw bytes. TorchSharp's own <c>load</c> trusts those numbers; here each is checked against the bytes that are left
/// before anything is allocated, so a damaged file is reported instead of crashing or hanging the loader.
/// </summary>
internal static class TorchSharpIndex
{
    // Longer names are not state-dict names; the cap bounds the only allocation made from a number in the file.
    private const int MaxNameBytes = 65_536;

    // PyTorch keeps at most 64 dimensions.
    private const int MaxDimensions = 64;

    // The smallest entry: a 1-byte name length, a 1-character name, 1-byte type and 1-byte dimension count.
    private const int MinEntryBytes = 4;

    public static IReadOnlyList<StoredTensor> Read(Stream stream, string source)
    {
        stream.Position = 0;
        long fileLength = stream.Length;
        if (fileLength >= 4 && LooksLikeZip(stream))
        {
            throw WeightsErrors.Malformed(source,
                "it is a zip archive, which is what PyTorch's torch.save writes (a Python pickle); ClaimCheck reads safetensors and TorchSharp's format. "
                + "Export it from Python with safetensors.torch.save_file(model.state_dict(), \"model.safetensors\")");
        }

        var reader = new Reader(stream, source, fileLength);
        long count = reader.Number("the number of tensors");
        if (count > (fileLength - stream.Position) / MinEntryBytes)
        {
            throw WeightsErrors.Malformed(source, $"it declares {count} tensors, more than its {fileLength} bytes can hold; it is not a TorchSharp weights file, or a damaged one");
        }

        // No capacity from the count: a count the file can barely hold would still reserve gigabytes of references.
        var tensors = new List<StoredTensor>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (long i = 0; i < count; i++)
        {
            StoredTensor tensor = Entry(reader, source, i);
            if (!names.Add(tensor.Name))
            {
                throw WeightsErrors.Malformed(source, $"it holds tensor '{tensor.Name}' twice");
            }

            tensors.Add(tensor);
        }

        return tensors;
    }

    private static StoredTensor Entry(Reader reader, string source, long index)
    {
        string name = reader.Name(index);
        long code = reader.Number($"the scalar type of '{name}'");
        StoredDtype dtype = StoredDtype.FromTorchSharp(code)
            ?? throw WeightsErrors.Dtype(source, $"tensor '{name}' has TorchSharp scalar type {code}, which cannot be loaded; supported: {StoredDtype.Supported}");
        long dimensions = reader.Number($"the number of dimensions of '{name}'");
        if (dimensions > MaxDimensions)
        {
            throw WeightsErrors.Malformed(source, $"tensor '{name}' has {dimensions} dimensions, more than the {MaxDimensions} a tensor can have");
        }

        long[] shape = new long[dimensions];
        for (int d = 0; d < dimensions; d++)
        {
            shape[d] = reader.Number($"dimension {d} of '{name}'");
        }

        long? length = WeightsErrors.ByteCount(shape, dtype.Size);
        long left = reader.Left;
        if (length is null || length > left)
        {
            string size = length is { } bytes ? $"{bytes} bytes" : "more bytes than a file can hold";
            throw WeightsErrors.Truncated(source, $"tensor '{name}' is {dtype.Name} {WeightsErrors.Shape(shape)}, which is {size}, but only {left} bytes are left");
        }

        long offset = reader.Skip(length.Value);
        return new StoredTensor(name, dtype, shape, offset, length.Value);
    }

    private static bool LooksLikeZip(Stream stream)
    {
        Span<byte> magic = stackalloc byte[4];
        stream.ReadExactly(magic);
        stream.Position = 0;
        return magic.SequenceEqual("PK\u0003\u0004"u8);
    }

    /// <summary>Reads LEB128 numbers and names, reporting a file that ends early as truncated.</summary>
    private sealed class Reader(Stream stream, string source, long fileLength)
    {
        public long Left => fileLength - stream.Position;

        public long Number(string what)
        {
            ulong value = 0;
            for (int shift = 0; shift < 63; shift += 7)
            {
                int next = stream.ReadByte();
                if (next < 0)
                {
                    throw WeightsErrors.Truncated(source, $"it ends inside {what}");
                }

                value |= (ulong)(next & 0x7F) << shift;
                if ((next & 0x80) == 0)
                {
                    return value <= long.MaxValue
                        ? (long)value
                        : throw WeightsErrors.Malformed(source, $"{what} is {value}, larger than any size");
                }
            }

            throw WeightsErrors.Malformed(source, $"{what} is longer than a 64-bit number");
        }

        public string Name(long index)
        {
            long length = Number($"the name length of tensor {index}");
            if (length == 0 || length > MaxNameBytes)
            {
                throw WeightsErrors.Malformed(source, $"tensor {index} has a name of {length} bytes; a name has 1 to {MaxNameBytes}");
            }

            if (length > Left)
            {
                throw WeightsErrors.Truncated(source, $"it ends inside the name of tensor {index}");
            }

            byte[] bytes = new byte[length];
            stream.ReadExactly(bytes);
            try
            {
                return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                throw WeightsErrors.Malformed(source, $"the name of tensor {index} is not UTF-8 text");
            }
        }

        public long Skip(long length)
        {
            long offset = stream.Position;
            stream.Position = offset + length;
            return offset;
        }
    }
}
