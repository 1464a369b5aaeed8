using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Reporting.Results;

/// <summary>
/// Reads a run's results folder: every <c>&lt;ClaimId&gt;.full.json</c>, the <c>&lt;ClaimId&gt;.outcome.json</c> beside
/// it when there is one, and the <c>&lt;ClaimId&gt;.&lt;Kind&gt;.counterexample.png</c> pictures.
/// </summary>
public static class ResultsFolder
{
    /// <summary>The suffix of a claim's full-precision verdict document.</summary>
    public const string FullSuffix = ".full.json";

    /// <summary>The suffix of a claim's test outcome.</summary>
    public const string OutcomeSuffix = ".outcome.json";

    /// <summary>The suffix of a minimal counterexample picture, after the claim ID and the edit kind.</summary>
    public const string CounterexampleSuffix = ".counterexample.png";

    /// <summary>Reads every claim result in <paramref name="directory"/>, ordered by claim ID (ordinal).</summary>
    /// <exception cref="ClaimCheckException">CLM4250 when the folder does not exist, CLM4251 when it holds no results,
    /// CLM4252 when a result file is not a readable verdict document.</exception>
    public static IReadOnlyList<ClaimResultFile> Read(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new ClaimCheckException(DiagnosticIds.ResultsFolderMissing,
                $"the results folder '{directory}' does not exist; run the claims first, or point the report at the folder their run wrote (CLAIMCHECK_RESULTS_DIR)");
        }

        // Ordered by claim ID, not by file name: "A.B.full.json" must come before "A.B.C.full.json".
        string[] files = Directory.GetFiles(directory, "*" + FullSuffix)
            .OrderBy(p => Path.GetFileName(p)[..^FullSuffix.Length], StringComparer.Ordinal)
            .ToArray();
        if (files.Length == 0)
        {
            throw new ClaimCheckException(DiagnosticIds.NoClaimResults,
                $"the results folder '{directory}' holds no claim results (*{FullSuffix})");
        }

        return files.Select(ReadClaim).ToArray();
    }

    private static ClaimResultFile ReadClaim(string path)
    {
        string id = Path.GetFileName(path)[..^FullSuffix.Length];
        JsonObject document = ParseObject(path);
        foreach (string key in new[] { "id", "claim", "verdict" })
        {
            if (document[key] is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
            {
                throw Unreadable(path, $"it has no '{key}'", null);
            }
        }

        string folder = Path.GetDirectoryName(path)!;
        string outcomePath = Path.Combine(folder, id + OutcomeSuffix);
        TestOutcomeRecord? outcome = File.Exists(outcomePath) ? ReadOutcome(outcomePath) : null;
        return new ClaimResultFile(id, document, outcome, Counterexamples(folder, id));
    }

    private static TestOutcomeRecord ReadOutcome(string path)
    {
        JsonObject node = ParseObject(path);
        string status = Text(node, "status") ?? throw Unreadable(path, "it has no 'status'", null);
        return new TestOutcomeRecord(status, Text(node, "message"));
    }

    private static CounterexamplePicture[] Counterexamples(string folder, string id)
    {
        string prefix = id + ".";
        return Directory.GetFiles(folder, prefix + "*" + CounterexampleSuffix)
            .Select(p => (Path: p, Kind: Path.GetFileName(p)[prefix.Length..^CounterexampleSuffix.Length]))
            // The kind is one word; anything with a dot belongs to another claim whose ID starts with this one's.
            .Where(p => p.Kind.Length > 0 && !p.Kind.Contains('.', StringComparison.Ordinal))
            .OrderBy(p => p.Kind, StringComparer.Ordinal)
            .Select(p => new CounterexamplePicture(p.Kind, File.ReadAllBytes(p.Path)))
            .ToArray();
    }

    private static JsonObject ParseObject(string path)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw Unreadable(path, "it is not a JSON object", null);
        }
        catch (JsonException e)
        {
            throw Unreadable(path, e.Message, e);
        }
    }

    // Tolerant of the key's case: the outcome file is written by another part of the run.
    private static string? Text(JsonObject node, string key) =>
        node.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value is JsonValue v
        && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static ClaimCheckException Unreadable(string path, string reason, Exception? inner) =>
        new(DiagnosticIds.ClaimResultUnreadable, $"{path} is not a verdict document: {reason}", inner);
}
