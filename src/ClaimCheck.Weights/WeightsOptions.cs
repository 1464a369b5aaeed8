namespace ClaimCheck.Weights;

/// <summary>How <see cref="ModelWeights"/> reads a weights file.</summary>
public sealed record WeightsOptions
{
    /// <summary>The file's format; by default decided from the file name.</summary>
    public WeightsFormat Format { get; init; } = WeightsFormat.Auto;

    /// <summary>
    /// Whether NaN and infinite values may be loaded. Off by default: a non-finite weight makes every activation after
    /// it meaningless (CLM5005 much later, far from the cause). Turn it on only for files whose buffers hold infinite
    /// values on purpose, such as attention masks.
    /// </summary>
    public bool AllowNonFinite { get; init; }
}
