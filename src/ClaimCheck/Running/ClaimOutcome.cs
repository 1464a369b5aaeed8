namespace ClaimCheck.Running;

/// <summary>How a test host should report a claim.</summary>
public enum OutcomeStatus
{
    /// <summary>The verdict is the expected one (Holds when nothing is expected) and matches the snapshot.</summary>
    Passed,

    /// <summary>The verdict differs from the expectation or the snapshot, or the claim could not be evaluated.</summary>
    Failed,

    /// <summary>The evidence could not decide (maps to NUnit's inconclusive).</summary>
    Inconclusive,
}

/// <summary>The status and a message written for people: the verdict line first, then the reasons.</summary>
/// <param name="Status">How to report the claim.</param>
/// <param name="Message">The verdict, its diagnostics and, on failure, the reasons.</param>
public sealed record ClaimOutcome(OutcomeStatus Status, string Message);
