namespace ClaimCheck.Diagnostics;

/// <summary>A finding with an ID (CLM + four digits), a severity and a message a reviewer can act on.</summary>
/// <param name="Id">The rule ID, e.g. CLM1201; see docs/rules/{Id}.md.</param>
/// <param name="Severity">How much the finding matters.</param>
/// <param name="Message">What was found, with the figures behind it.</param>
public sealed record Diagnostic(string Id, Severity Severity, string Message)
{
    /// <summary>Renders the diagnostic like a compiler line: <c>warning CLM1201: message</c>.</summary>
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}
