namespace ClaimCheck.Diagnostics;

/// <summary>Bad input or configuration that stops a claim from being evaluated; carries the diagnostic to report.</summary>
public sealed class ClaimCheckException : Exception
{
    /// <summary>Creates the exception for an error diagnostic.</summary>
    public ClaimCheckException(string id, string message, Exception? inner = null)
        : base($"{id}: {message}", inner)
    {
        Diagnostic = new Diagnostic(id, Severity.Error, message);
    }

    /// <summary>The diagnostic the runner reports.</summary>
    public Diagnostic Diagnostic { get; }
}
