namespace ClaimCheck.Weights;

/// <summary>What <see cref="ModelWeights"/> loaded into a module.</summary>
/// <param name="Source">The file (or stream name) the weights came from.</param>
/// <param name="Format">The format it was read as.</param>
/// <param name="Tensors">How many tensors (parameters and buffers) were loaded.</param>
/// <param name="Bytes">How many bytes of tensor data were read.</param>
/// <param name="Conversions">
/// The tensors stored in another dtype than the module's, converted on load, as <c>name: F16 → Float32</c>, in name order.
/// </param>
public sealed record WeightsReport(string Source, WeightsFormat Format, int Tensors, long Bytes, IReadOnlyList<string> Conversions);
