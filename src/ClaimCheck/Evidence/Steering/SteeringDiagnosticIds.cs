namespace ClaimCheck.Evidence.Steering;

/// <summary>
/// The diagnostic IDs of steering evidence (CLM6xxx): CLM60xx findings that decide a verdict or inform it, CLM69xx
/// bad input found while measuring. Steering also reports IDs shared with the other kinds of evidence: CLM1001 (too
/// few examples), CLM4101 (a setting out of range), CLM4303 (a null comparison too close to α to decide) and the
/// CLM5xxx bad-input IDs of subjects, splits, concepts and readouts. Every ID has a page at docs/rules/{ID}.md.
/// </summary>
public static class SteeringDiagnosticIds
{
    /// <summary>Adding the direction moves the readout no more than adding random directions does: the effect's interval lies below the null's (1 − α) quantile.</summary>
    public const string NoBetterThanNull = "CLM6001";

    /// <summary>The steering effect at the decision strength is clearly below the claim's minimum effect (its whole interval under it).</summary>
    public const string BelowMinimum = "CLM6002";

    /// <summary>The steering effect is above most of the null but not beyond it at the (family-adjusted) α: not shown, not refuted.</summary>
    public const string NotSignificant = "CLM6003";

    /// <summary>The steering effect's interval straddles the claim's minimum effect.</summary>
    public const string StraddlesMinimum = "CLM6004";

    /// <summary>Another readout moves more than the concept's readout does: the side effect is shown larger than the intended effect.</summary>
    public const string SideEffectLarger = "CLM6005";

    /// <summary>Whether another readout moves more than the concept's readout is undecided: the interval of their difference reaches 0.</summary>
    public const string SideEffectUndecided = "CLM6006";

    /// <summary>The dose-response falls between two strengths up to the decision strength: more of the direction gives less of the concept.</summary>
    public const string NotMonotone = "CLM6007";

    /// <summary>The dose-response falls between two strengths above the decision strength (over-steering; information).</summary>
    public const string FallsBeyondDecision = "CLM6008";

    /// <summary>The layer's activations have zero (or non-finite) RMS norm on the reference split, so steering strengths have no scale.</summary>
    public const string LayerScaleUnusable = "CLM6901";
}
