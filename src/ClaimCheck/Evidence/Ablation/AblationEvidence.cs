using ClaimCheck.Statistics;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>Everything an ablation measured for one subject, concept and readout on one split.</summary>
public sealed record AblationEvidence
{
    /// <summary>The measured split.</summary>
    public required string Split { get; init; }

    /// <summary>
    /// Examples ablated and the split's size when the effects come from a subsample (<see cref="AblationEngineSettings.MaxExamples"/>);
    /// null when every example of the split was ablated.
    /// </summary>
    public (int Examples, int Of)? Sample { get; init; }

    /// <summary>
    /// For a patching ablation: examples with the concept left out because their counterpart is the example itself (the
    /// concept could not be edited out of them); 0 when none was.
    /// </summary>
    public int Unpatched { get; init; }

    /// <summary>The subject's description.</summary>
    public required string Subject { get; init; }

    /// <summary>The concept whose positives and negatives are summarised apart.</summary>
    public required string Concept { get; init; }

    /// <summary>The readout's name.</summary>
    public required string Readout { get; init; }

    /// <summary>The ablation.</summary>
    public required AblationKind Kind { get; init; }

    /// <summary>The per-example effect, readout(original) − readout(ablated), in split order.</summary>
    public required IReadOnlyList<double> Effects { get; init; }

    /// <summary>Whether each example carries the concept, in split order.</summary>
    public required IReadOnlyList<bool> ConceptPresent { get; init; }

    /// <summary>The effects on concept-positive inputs: the claim's headline figure.</summary>
    public required EffectSummary Positives { get; init; }

    /// <summary>The effects on concept-negative inputs.</summary>
    public required EffectSummary Negatives { get; init; }

    /// <summary>Specificity: mean effect on positives − mean effect on negatives.</summary>
    public required double Specificity { get; init; }

    /// <summary>The specificity's percentile-bootstrap interval (classes resampled independently).</summary>
    public required Interval SpecificityInterval { get; init; }

    /// <summary>The null comparison of the concept-positive mean effect.</summary>
    public required AblationNull Null { get; init; }

    /// <summary>For patched directions: the whole-layer patch and the dormant-pathway flag; otherwise null.</summary>
    public required DormantPathwayCheck? DormantPathway { get; init; }

    /// <summary>How the ablated passes ran (suffix re-run or full forward passes). Speed only: keep it out of snapshots.</summary>
    public required AblationPath Path { get; init; }

    /// <summary>The seed every random draw of this measurement derives from.</summary>
    public required ulong Seed { get; init; }
}
