using System.Text.Json.Serialization;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Evidence.Steering;

namespace ClaimCheck.Evidence;

/// <summary>
/// The distributions behind a verdict's figures, in compact form for plots, one entry per kind of evidence measured
/// (e.g. the subject's activations binned by concept present and absent, each null sample a p-value was counted
/// against). Each kind fills in its own entry; only the full-precision document carries them.
/// </summary>
public sealed record EvidencePlots
{
    /// <summary>Per split (discovery first) the held-out plot data, or null when held-out evidence was not measured.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<HeldOutSplitPlot>? HeldOut { get; init; }

    /// <summary>The ablation's plot data, or null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AblationPlot? Ablation { get; init; }

    /// <summary>The targeted edits' plot data, or null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public EditPlot? Edits { get; init; }

    /// <summary>The steering's plot data, or null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SteeringPlot? Steering { get; init; }

    /// <summary>Whether no kind filled in its entry.</summary>
    [JsonIgnore]
    public bool IsEmpty => HeldOut is null && Ablation is null && Edits is null && Steering is null;
}
