using ClaimCheck.Diagnostics;

namespace ClaimCheck.Reporting.Results;

/// <summary>Severities as reports print them and style them: "error", "warning", "info".</summary>
internal static class Severities
{
    public static string Name(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
