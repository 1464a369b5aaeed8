namespace ClaimCheck.Evidence.HeldOut;

/// <summary>
/// What one split says about a claim, judged on intervals rather than point estimates. Three statuses are evidence
/// against the claim (<see cref="BelowBar"/>, <see cref="TypicalOfNull"/>, <see cref="Constant"/>), four leave it
/// undecided, and <see cref="Pass"/> is evidence for it (docs/verdicts.md).
/// </summary>
public enum SplitStatus
{
    /// <summary>AUROC interval entirely at or above the threshold and better than the null at α.</summary>
    Pass,

    /// <summary>
    /// The subject is typical of its null: even the upper end of its AUROC interval lies below the null's
    /// (1 − α) quantile, so no value the data allow would beat the null. Evidence against the claim.
    /// </summary>
    TypicalOfNull,

    /// <summary>The AUROC interval lies entirely below the claim's threshold: evidence against the claim.</summary>
    BelowBar,

    /// <summary>The subject takes one value on every example of the split, so it separates nothing: evidence against the claim.</summary>
    Constant,

    /// <summary>
    /// Above most of the null, but its p-value (family-adjusted on held-out splits) is clearly not under α: not shown,
    /// which is not evidence against the claim.
    /// </summary>
    NotSignificant,

    /// <summary>Better than the null, but the AUROC interval straddles the threshold: more data would decide.</summary>
    Undecided,

    /// <summary>Too few positives or negatives to judge.</summary>
    TooFewExamples,

    /// <summary>The null comparison's Monte Carlo interval straddles the level even after more draws (CLM4303).</summary>
    NullUndecided,
}
