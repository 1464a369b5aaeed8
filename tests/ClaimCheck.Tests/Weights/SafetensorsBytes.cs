using System.Buffers.Binary;
using System.Text;
using System.Text.Json.Nodes;
using TorchSharp;
using static TorchSharp.torch;

namespace ClaimCheck.Tests.Weights;

/// <summary>
/// Builds safetensors files byte by byte, as Hugging Face's writer lays them out (a "__metadata__" entry, the header
/// padded with spaces to a multiple of 8, tensors back to back in header order), so tests can also build every way a
/// file can be wrong: a hostile header length, a header that is not JSON, shapes and offsets that lie.
/// </summary>
public sealed class SafetensorsBytes
{
    private readonly List<(string Name, string Dtype, long[] Shape, byte[] Data)> _tensors = [];

    /// <summary>Every state-dict entry of <paramref name="module"/>, stored as float32 (or its own dtype for integer buffers).</summary>
    public static SafetensorsBytes From(nn.Module module, Func<string, float[], float[]>? change = null)
    {
        var file = new SafetensorsBytes();
        foreach ((string name, Tensor value) in module.state_dict())
        {
            if (value.dtype == ScalarType.Int64)
            {
                file.Add(name, "I64", value.shape, value.cpu().bytes.ToArray());
                continue;
            }

            float[] values = value.detach().cpu().to(ScalarType.Float32).data<float>().ToArray();
            file.AddFloats(name, value.shape, change is null ? values : change(name, values));
        }

        return file;
    }

    public SafetensorsBytes Add(string name, string dtype, long[] shape, byte[] data)
    {
        _tensors.Add((name, dtype, shape, data));
        return this;
    }

    public SafetensorsBytes AddFloats(string name, long[] shape, float[] values)
    {
        byte[] data = new byte[values.Length * 4];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(data.AsSpan(i * 4), values[i]);
        }

        return Add(name, "F32", shape, data);
    }

    public SafetensorsBytes Remove(string name)
    {
        _tensors.RemoveAll(t => t.Name == name);
        return this;
    }

    /// <summary>The JSON header the tensors give (offsets back to back).</summary>
    public JsonObject Header()
    {
        var header = new JsonObject { ["__metadata__"] = new JsonObject { ["format"] = "pt" } };
        long offset = 0;
        foreach ((string name, string dtype, long[] shape, byte[] data) in _tensors)
        {
            header[name] = new JsonObject
            {
                ["dtype"] = dtype,
                ["shape"] = new JsonArray(shape.Select(s => (JsonNode)s).ToArray()),
                ["data_offsets"] = new JsonArray(offset, offset + data.Length),
            };
            offset += data.Length;
        }

        return header;
    }

    /// <summary>The file, with the header optionally edited, given as raw text, or its length field overridden.</summary>
    public byte[] Build(Action<JsonObject>? editHeader = null, string? rawHeader = null, ulong? headerLength = null)
    {
        JsonObject header = Header();
        editHeader?.Invoke(header);
        string text = rawHeader ?? header.ToJsonString();
        byte[] json = Encoding.UTF8.GetBytes(text);
        int padded = (json.Length + 7) / 8 * 8;
        byte[] data = _tensors.SelectMany(t => t.Data).ToArray();
        byte[] file = new byte[8 + padded + data.Length];
        BinaryPrimitives.WriteUInt64LittleEndian(file, headerLength ?? (ulong)padded);
        json.CopyTo(file, 8);
        file.AsSpan(8 + json.Length, padded - json.Length).Fill((byte)' ');
        data.CopyTo(file, 8 + padded);
        return file;
    }
}
