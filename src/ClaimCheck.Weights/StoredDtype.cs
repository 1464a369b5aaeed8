using static TorchSharp.torch;

namespace ClaimCheck.Weights;

/// <summary>An element type a weights file can store, with the TorchSharp type it loads as.</summary>
/// <param name="Name">The name safetensors uses (F32, BF16, I64...), also used in messages for TorchSharp files.</param>
/// <param name="Type">The TorchSharp scalar type of the same bytes.</param>
/// <param name="Size">Bytes per element.</param>
internal sealed record StoredDtype(string Name, ScalarType Type, int Size)
{
    private static readonly StoredDtype[] Known =
    [
        new("BOOL", ScalarType.Bool, 1),
        new("U8", ScalarType.Byte, 1),
        new("I8", ScalarType.Int8, 1),
        new("I16", ScalarType.Int16, 2),
        new("I32", ScalarType.Int32, 4),
        new("I64", ScalarType.Int64, 8),
        new("F16", ScalarType.Float16, 2),
        new("BF16", ScalarType.BFloat16, 2),
        new("F32", ScalarType.Float32, 4),
        new("F64", ScalarType.Float64, 8),
    ];

    /// <summary>The names this loader accepts, for messages.</summary>
    public static string Supported => string.Join(", ", Known.Select(d => d.Name));

    /// <summary>Whether the elements are floating-point numbers (and can be NaN or infinite).</summary>
    public bool IsFloating => Type is ScalarType.Float16 or ScalarType.BFloat16 or ScalarType.Float32 or ScalarType.Float64;

    /// <summary>The dtype safetensors calls <paramref name="name"/>, or null (U16, F8_E4M3, C64... have no TorchSharp twin here).</summary>
    public static StoredDtype? FromSafetensors(string name) => Known.FirstOrDefault(d => d.Name == name);

    /// <summary>The dtype of TorchSharp's code <paramref name="code"/> (its <c>ScalarType</c> value), or null (complex, quantized, unknown).</summary>
    public static StoredDtype? FromTorchSharp(long code) => Known.FirstOrDefault(d => (long)d.Type == code);

    /// <summary>Whether a tensor stored as this dtype can be copied into a tensor of <paramref name="target"/> without changing its meaning.</summary>
    public bool FitsInto(ScalarType target) => Type == target || (IsFloating && IsFloatingType(target)) || (IsIntegral(Type) && IsIntegral(target));

    private static bool IsFloatingType(ScalarType type) => type is ScalarType.Float16 or ScalarType.BFloat16 or ScalarType.Float32 or ScalarType.Float64;

    private static bool IsIntegral(ScalarType type) => type is ScalarType.Byte or ScalarType.Int8 or ScalarType.Int16 or ScalarType.Int32 or ScalarType.Int64;
}
