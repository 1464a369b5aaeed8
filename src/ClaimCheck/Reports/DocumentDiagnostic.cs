using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Reports;

/// <summary>One finding in a verdict document.</summary>
/// <param name="Id">The diagnostic ID, e.g. CLM1102.</param>
/// <param name="Severity">How bad it is (written in lower case: error, warning, info).</param>
/// <param name="Message">The message.</param>
public sealed record DocumentDiagnostic(
    string Id,
    [property: JsonConverter(typeof(LowerCaseSeverity))] Severity Severity,
    string Message);

/// <summary>Severities as the documents write them: "error", "warning", "info".</summary>
internal sealed class LowerCaseSeverity() : JsonStringEnumConverter<Severity>(JsonNamingPolicy.CamelCase, allowIntegerValues: false);
