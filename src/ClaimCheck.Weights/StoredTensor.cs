namespace ClaimCheck.Weights;

/// <summary>One tensor of a weights file, as its index describes it; no data read yet.</summary>
/// <param name="Name">The state-dict name, e.g. <c>encoder.0.weight</c>.</param>
/// <param name="Dtype">How its elements are stored.</param>
/// <param name="Shape">Its shape.</param>
/// <param name="Offset">Where its bytes start, from the start of the file.</param>
/// <param name="Length">How many bytes it has (elements × dtype size, checked when the index was read).</param>
internal sealed record StoredTensor(string Name, StoredDtype Dtype, long[] Shape, long Offset, long Length)
{
    /// <summary>The shape as <c>[2, 3]</c>.</summary>
    public string ShapeText => WeightsErrors.Shape(Shape);
}
