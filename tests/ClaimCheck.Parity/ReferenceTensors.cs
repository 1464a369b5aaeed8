using System.Runtime.InteropServices;
using ClaimCheck.Weights;

namespace ClaimCheck.Parity;

/// <summary>The tensors of a safetensors file written by the reference script, read through ClaimCheck's own index of the format.</summary>
internal sealed class ReferenceTensors
{
    private readonly Dictionary<string, (long[] Shape, string Dtype, byte[] Bytes)> _tensors = new(StringComparer.Ordinal);

    public ReferenceTensors(string path)
    {
        using FileStream stream = System.IO.File.OpenRead(path);
        foreach (StoredTensor tensor in SafetensorsIndex.Read(stream, path))
        {
            var bytes = new byte[tensor.Length];
            stream.Position = tensor.Offset;
            stream.ReadExactly(bytes);
            _tensors[tensor.Name] = (tensor.Shape, tensor.Dtype.Name, bytes);
        }
    }

    public IEnumerable<string> Names => _tensors.Keys;

    public long[] Shape(string name) => _tensors[name].Shape;

    public string Dtype(string name) => _tensors[name].Dtype;

    /// <summary>The raw little-endian bytes, as PyTorch wrote them.</summary>
    public byte[] Bytes(string name) => _tensors[name].Bytes;

    /// <summary>The values of a float32 tensor, row-major.</summary>
    public float[] Floats(string name)
    {
        if (Dtype(name) != "F32")
        {
            throw new InvalidOperationException($"'{name}' is {Dtype(name)}, not F32");
        }

        return MemoryMarshal.Cast<byte, float>(Bytes(name)).ToArray();
    }
}
