using System.Buffers.Binary;
using System.Text;
using System.Text.Json;

namespace ClaimCheck.Weights;

/// <summary>
/// Reads the index of a safetensors file: an 8-byte little-endian header length N, N bytes of JSON
/// <c>{name: {"dtype", "shape", "data_offsets": [begin, end]}, "__metadata__": {...}}</c>, then the data section, with
/// offsets relative to its start. Every number is checked before it is used, so a hostile header can neither make
/// the reader allocate more than the header cap nor point outside the file.
/// </summary>
internal static class SafetensorsIndex
{
    /// <summary>
    /// The largest header accepted: 100 MB, the cap of the reference implementation (Hugging Face's safetensors), so
    /// every file it writes loads here, while a header length of 2^40 is refused before anything is allocated.
    /// </summary>
    public const long MaxHeaderBytes = 100_000_000;

    // PyTorch keeps at most 64 dimensions; more is a corrupt header, not a tensor.
    private const int MaxDimensions = 64;

    public static IReadOnlyList<StoredTensor> Read(Stream stream, string source)
    {
        long fileLength = stream.Length;
        if (fileLength < 8)
        {
            throw WeightsErrors.Truncated(source, $"it has {fileLength} bytes, fewer than the 8 of a safetensors header length");
        }

        Span<byte> prefix = stackalloc byte[8];
        stream.Position = 0;
        stream.ReadExactly(prefix);
        ulong headerLength = BinaryPrimitives.ReadUInt64LittleEndian(prefix);
        if (headerLength > MaxHeaderBytes)
        {
            throw WeightsErrors.Malformed(source, $"its header length is {headerLength} bytes, more than the {MaxHeaderBytes}-byte cap for a safetensors header; it is not a safetensors file, or a damaged one");
        }

        if ((long)headerLength > fileLength - 8)
        {
            throw WeightsErrors.Truncated(source, $"its header length is {headerLength} bytes but only {fileLength - 8} bytes follow it");
        }

        byte[] header = new byte[headerLength];
        stream.ReadExactly(header);
        long dataStart = 8 + (long)headerLength;
        List<StoredTensor> tensors = Parse(header, source, dataStart, fileLength - dataStart);
        RequireDisjoint(tensors, dataStart, source);
        return tensors;
    }

    private static List<StoredTensor> Parse(byte[] header, string source, long dataStart, long dataLength)
    {
        JsonDocument document;
        try
        {
            // Strict UTF-8 first: JsonDocument would otherwise replace invalid bytes and accept a damaged name.
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(header);
            document = JsonDocument.Parse(header);
        }
        catch (Exception e) when (e is JsonException or DecoderFallbackException)
        {
            throw WeightsErrors.Malformed(source, $"its header is not valid JSON ({e.Message})");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw WeightsErrors.Malformed(source, $"its header is a JSON {document.RootElement.ValueKind}, not an object of tensors");
            }

            var tensors = new List<StoredTensor>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (JsonProperty property in document.RootElement.EnumerateObject())
            {
                if (!names.Add(property.Name))
                {
                    throw WeightsErrors.Malformed(source, $"its header names tensor '{property.Name}' twice");
                }

                if (property.Name == "__metadata__")
                {
                    // Free-form strings (e.g. {"format": "pt"}); nothing to load.
                    continue;
                }

                tensors.Add(Entry(property, source, dataStart, dataLength));
            }

            return tensors;
        }
    }

    private static StoredTensor Entry(JsonProperty property, string source, long dataStart, long dataLength)
    {
        string name = property.Name;
        JsonElement entry = property.Value;
        if (entry.ValueKind != JsonValueKind.Object
            || !entry.TryGetProperty("dtype", out JsonElement dtypeElement) || dtypeElement.ValueKind != JsonValueKind.String
            || !entry.TryGetProperty("shape", out JsonElement shapeElement) || shapeElement.ValueKind != JsonValueKind.Array
            || !entry.TryGetProperty("data_offsets", out JsonElement offsetsElement) || offsetsElement.ValueKind != JsonValueKind.Array)
        {
            throw WeightsErrors.Malformed(source, $"tensor '{name}' needs \"dtype\" (a string), \"shape\" and \"data_offsets\" (arrays)");
        }

        string dtypeName = dtypeElement.GetString()!;
        StoredDtype dtype = StoredDtype.FromSafetensors(dtypeName)
            ?? throw WeightsErrors.Dtype(source, $"tensor '{name}' is stored as {dtypeName}, which cannot be loaded; supported: {StoredDtype.Supported}");
        long[] shape = NonNegativeIntegers(shapeElement, name, "shape", source);
        if (shape.Length > MaxDimensions)
        {
            throw WeightsErrors.Malformed(source, $"tensor '{name}' has {shape.Length} dimensions, more than the {MaxDimensions} a tensor can have");
        }

        long[] offsets = NonNegativeIntegers(offsetsElement, name, "data_offsets", source);
        if (offsets.Length != 2 || offsets[0] > offsets[1])
        {
            throw WeightsErrors.Malformed(source, $"tensor '{name}' has data_offsets [{string.Join(", ", offsets)}]; they must be [begin, end] with begin <= end");
        }

        long length = offsets[1] - offsets[0];
        long? expected = WeightsErrors.ByteCount(shape, dtype.Size);
        if (expected != length)
        {
            string size = expected is { } bytes ? $"{bytes} bytes" : "more bytes than a file can hold";
            throw WeightsErrors.Malformed(source, $"tensor '{name}' is {dtype.Name} {WeightsErrors.Shape(shape)}, which is {size}, but its data_offsets span {length} bytes");
        }

        if (offsets[1] > dataLength)
        {
            throw WeightsErrors.Truncated(source, $"tensor '{name}' ends at byte {offsets[1]} of the data, which has only {dataLength} bytes");
        }

        return new StoredTensor(name, dtype, shape, dataStart + offsets[0], length);
    }

    private static long[] NonNegativeIntegers(JsonElement array, string name, string field, string source)
    {
        var values = new List<long>();
        foreach (JsonElement item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt64(out long value) || value < 0)
            {
                throw WeightsErrors.Malformed(source, $"tensor '{name}' has {field} {array.GetRawText()}; it must hold whole numbers >= 0 that fit 64 bits");
            }

            values.Add(value);
            if (values.Count > MaxDimensions)
            {
                break;
            }
        }

        return values.ToArray();
    }

    // Two tensors sharing bytes would load one's data into the other: a corrupt or hand-edited header.
    private static void RequireDisjoint(List<StoredTensor> tensors, long dataStart, string source)
    {
        StoredTensor? previous = null;
        foreach (StoredTensor tensor in tensors.Where(t => t.Length > 0).OrderBy(t => t.Offset).ThenBy(t => t.Name, StringComparer.Ordinal))
        {
            if (previous is not null && tensor.Offset < previous.Offset + previous.Length)
            {
                throw WeightsErrors.Malformed(source,
                    $"tensors '{previous.Name}' (bytes {previous.Offset - dataStart} to {previous.Offset + previous.Length - dataStart}) and '{tensor.Name}' (from byte {tensor.Offset - dataStart}) overlap");
            }

            previous = tensor;
        }
    }
}
