namespace ClaimCheck.Evidence.HeldOut;

/// <summary>What one split says about a claim, judged on intervals rather than point estimates.</summary>
public enum SplitStatus
{
    /// <summary>AUROC interval entirely at or above the threshold and better than the null at α.</summary>
    Pass,

    /// <summary>AUROC interval entirely below the threshold, or no better than the null at α.</summary>
    Fail,

    /// <summary>Better than the null, but the AUROC interval straddles the threshold: more data would decide.</summary>
    Undecided,

    /// <summary>Too few positives or negatives to judge.</summary>
    TooFewExamples,

    /// <summary>The null comparison's Monte Carlo interval straddles the level even after more draws (CLM4303).</summary>
    NullUndecided,
}
