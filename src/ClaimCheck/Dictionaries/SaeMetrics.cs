namespace ClaimCheck.Dictionaries;

/// <summary>
/// How well a sparse autoencoder describes a layer on a set of examples it was not trained on: sparsity (L0),
/// reconstruction (fraction of variance explained), dead latents and, when measured, the model's loss with the
/// reconstruction spliced into the layer.
/// </summary>
public sealed record SaeMetrics
{
    /// <summary>Examples the metrics were measured on.</summary>
    public required int Examples { get; init; }

    /// <summary>The dictionary's size.</summary>
    public required int Latents { get; init; }

    /// <summary>L0: the mean number of active (positive) latents per example.</summary>
    public required double L0 { get; init; }

    /// <summary>1 − Σ‖x − x̂‖² / Σ‖x − x̄‖², x̄ the examples' mean: the fraction of the layer's variance the reconstruction keeps.</summary>
    public required double ExplainedVariance { get; init; }

    /// <summary>The latents that are never active on these examples.</summary>
    public required IReadOnlyList<int> DeadLatents { get; init; }

    /// <summary>The model's mean loss as it is, or null when no loss was measured.</summary>
    public double? CleanLoss { get; init; }

    /// <summary>The model's mean loss with the layer replaced by the autoencoder's reconstruction.</summary>
    public double? SplicedLoss { get; init; }

    /// <summary>The model's mean loss with the layer replaced by its mean over these examples (the baseline of nothing known).</summary>
    public double? MeanAblatedLoss { get; init; }

    /// <summary>
    /// (mean-ablated − spliced) / (mean-ablated − clean): the share of the loss the layer is worth that the
    /// reconstruction keeps (1 = as good as the layer itself, 0 = no better than its mean); null without losses or
    /// when mean-ablating costs nothing.
    /// </summary>
    public double? LossRecovered =>
        CleanLoss is double clean && SplicedLoss is double spliced && MeanAblatedLoss is double ablated && ablated != clean
            ? (ablated - spliced) / (ablated - clean)
            : null;
}
