namespace ClaimCheck.Evidence.Edits;

/// <summary>How one edit kind came out.</summary>
public enum EditOutcome
{
    /// <summary>The failure rate's upper bound is under the limit (and, in strict mode, no case failed).</summary>
    Passed,

    /// <summary>The failure rate's whole interval lies at or above the limit, or strict mode saw a counterexample.</summary>
    Failed,

    /// <summary>The failure rate's interval straddles the limit: more cases would decide.</summary>
    Undecided,

    /// <summary>No failure, but too few cases for the upper bound to get under the limit.</summary>
    TooFewCases,
}
