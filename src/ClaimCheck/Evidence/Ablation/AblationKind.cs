namespace ClaimCheck.Evidence.Ablation;

/// <summary>
/// How a subject is taken out of the model. Units and unit sets take <see cref="Zero"/>, <see cref="Mean"/> and
/// <see cref="Resample"/>; directions take <see cref="ProjectOut"/>, <see cref="Mean"/> (along the direction) and
/// <see cref="Patch"/>. Any other pairing is rejected with CLM3001.
/// </summary>
public enum AblationKind
{
    /// <summary>Set the units to 0 (at every position of a spatial map).</summary>
    Zero,

    /// <summary>
    /// Units: set them to their mean over the reference split, per unit and per position. Directions: replace the
    /// component along the direction by the reference mean's component, per position. Mean ablation keeps the layer's
    /// typical value, so downstream layers do not see an input unlike any they were trained on.
    /// </summary>
    Mean,

    /// <summary>
    /// Set the units to the values the layer produced on another input of the split (a seeded derangement, so no
    /// input is its own source): causal scrubbing's resampling ablation.
    /// </summary>
    Resample,

    /// <summary>
    /// Remove the component along the direction: h − (h·d)d with d of unit norm, over the channels at each position
    /// of a spatial map, or over the units of a [batch, units] layer.
    /// </summary>
    ProjectOut,

    /// <summary>
    /// Replace the component along the direction with the counterpart input's component (e.g. the concept-edited
    /// version of each input), supplied through <see cref="AblationEngineSettings.Counterparts"/>. The whole layer is patched
    /// too, to guard against the dormant-pathway illusion (CLM3101).
    /// </summary>
    Patch,
}
