namespace ClaimCheck.Diagnostics;

/// <summary>How much a diagnostic matters, as with compiler diagnostics.</summary>
public enum Severity
{
    /// <summary>A figure worth reading; never changes an outcome.</summary>
    Info,

    /// <summary>A finding that weakens the claim (it decides a Brittle, Refuted or Inconclusive verdict).</summary>
    Warning,

    /// <summary>The claim could not be evaluated as declared (bad input or configuration); the test fails.</summary>
    Error,
}
