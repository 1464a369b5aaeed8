namespace ClaimCheck.Weights;

/// <summary>The file formats <see cref="ModelWeights"/> reads.</summary>
public enum WeightsFormat
{
    /// <summary>By the file name: <c>*.safetensors</c> is safetensors, anything else TorchSharp's own format.</summary>
    Auto,

    /// <summary>
    /// Safetensors (what PyTorch users export with <c>safetensors.torch.save_file</c>): an 8-byte little-endian header
    /// length, a JSON header <c>{name: {dtype, shape, data_offsets}}</c>, then the raw little-endian bytes.
    /// </summary>
    Safetensors,

    /// <summary>TorchSharp's own format, written by <c>module.save(path)</c>.</summary>
    TorchSharp,
}
