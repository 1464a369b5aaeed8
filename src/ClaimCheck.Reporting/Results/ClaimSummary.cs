using System.Text.Json.Nodes;
using static ClaimCheck.Reporting.Results.JsonRead;

namespace ClaimCheck.Reporting.Results;

/// <summary>What a report shows of one claim: what was claimed, the verdict, the findings and the key figures.</summary>
public sealed record ClaimSummary
{
    /// <summary>The claim's ID.</summary>
    public required string Id { get; init; }

    /// <summary>The claim's text.</summary>
    public required string Claim { get; init; }

    /// <summary>The verdict: Holds, Brittle, Refuted or Inconclusive.</summary>
    public required string Verdict { get; init; }

    /// <summary>Means, Detects or Drives.</summary>
    public required string Kind { get; init; }

    /// <summary>The subject's description, e.g. "unit 3 of bottleneck".</summary>
    public required string Subject { get; init; }

    /// <summary>The concept.</summary>
    public required string Concept { get; init; }

    /// <summary>The findings, in the order they were made.</summary>
    public required IReadOnlyList<DiagnosticLine> Diagnostics { get; init; }

    /// <summary>The headline figures.</summary>
    public required IReadOnlyList<KeyFigure> Figures { get; init; }

    /// <summary>How the test ended, when the run recorded it.</summary>
    public TestOutcomeRecord? Outcome { get; init; }

    /// <summary>Reads the summary of <paramref name="result"/>.</summary>
    public static ClaimSummary Of(ClaimResultFile result)
    {
        ArgumentNullException.ThrowIfNull(result);
        JsonObject d = result.Document;
        return new ClaimSummary
        {
            Id = result.Id,
            Claim = Text(d["claim"]) ?? string.Empty,
            Verdict = Text(d["verdict"]) ?? string.Empty,
            Kind = Text(d["kind"]) ?? string.Empty,
            Subject = Text(d["subject"]?["description"]) ?? string.Empty,
            Concept = Text(d["concept"]) ?? string.Empty,
            Diagnostics = Objects(d["diagnostics"])
                .Select(o => new DiagnosticLine(Text(o["id"]) ?? "?", Text(o["severity"]) ?? "?", Text(o["message"]) ?? string.Empty))
                .ToArray(),
            Figures = KeyFigures.Of(d),
            Outcome = result.Outcome,
        };
    }
}

/// <summary>One finding: its ID, severity and message.</summary>
/// <param name="Id">The diagnostic ID, e.g. CLM1102.</param>
/// <param name="Severity">error, warning or info.</param>
/// <param name="Message">The message.</param>
public sealed record DiagnosticLine(string Id, string Severity, string Message);
