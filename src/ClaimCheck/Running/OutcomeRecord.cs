using System.Text.Json.Nodes;
using ClaimCheck.Diagnostics;
using ClaimCheck.Snapshots;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Running;

/// <summary>
/// The outcome of one claim's run as a test host reported it, stored as <c>{ClaimId}.outcome.json</c> in the results
/// folder beside the full-precision verdict document. Tools that did not run the claim (the command line's verdict
/// table, reports) read it back with <see cref="Read"/>; unknown fields are ignored, so later versions may add some.
/// </summary>
public sealed record OutcomeRecord
{
    /// <summary>The record format written in the <c>format</c> field; the number changes only when a field changes meaning.</summary>
    public const string Format = "claimcheck-outcome/1";

    /// <summary>The suffix of outcome record files.</summary>
    public const string FileSuffix = ".outcome.json";

    /// <summary>The claim's ID, <c>{Class}.{Method}</c> for attribute claims.</summary>
    public required string Id { get; init; }

    /// <summary>The claim in words.</summary>
    public required string Claim { get; init; }

    /// <summary>The audit target's name.</summary>
    public required string Target { get; init; }

    /// <summary>The verdict the evidence gave.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>The verdict the claim states with <c>[ExpectVerdict]</c>, or null when it states none (then only Holds passes).</summary>
    public Verdict? ExpectedVerdict { get; init; }

    /// <summary>The warning and error IDs the claim expects (empty when it expects none or states no expectation).</summary>
    public IReadOnlyList<string> ExpectedIds { get; init; } = [];

    /// <summary>The distinct warning and error IDs the run found, sorted (info IDs never decide an outcome).</summary>
    public IReadOnlyList<string> DecisiveIds { get; init; } = [];

    /// <summary>How the host reported the claim.</summary>
    public required OutcomeStatus Status { get; init; }

    /// <summary>The verdict line, the diagnostics and, on failure, the reasons.</summary>
    public required string Message { get; init; }

    /// <summary>What the snapshot check found, or null when the snapshot store could not be used.</summary>
    public SnapshotStatus? SnapshotStatus { get; init; }

    /// <summary>The full path of the claim's <c>.verified.json</c>, or null when the store could not be used.</summary>
    public string? VerifiedPath { get; init; }

    /// <summary>The full path of the <c>.received.json</c> left for review, or null when none was left.</summary>
    public string? ReceivedPath { get; init; }

    /// <summary>The record of <paramref name="report"/>.</summary>
    public static OutcomeRecord From(ClaimReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ClaimResult result = report.Result;
        return new OutcomeRecord
        {
            Id = result.Claim.Id,
            Claim = result.Claim.Text,
            Target = result.TargetName,
            Verdict = result.Verdict,
            ExpectedVerdict = result.Claim.Expected?.Verdict,
            ExpectedIds = result.Claim.Expected?.DiagnosticIds.Distinct().Order(StringComparer.Ordinal).ToArray() ?? [],
            DecisiveIds = result.Diagnostics.Where(d => d.Severity != Severity.Info).Select(d => d.Id)
                .Distinct().Order(StringComparer.Ordinal).ToArray(),
            Status = report.Outcome.Status,
            Message = report.Outcome.Message,
            SnapshotStatus = report.Snapshot?.Status,
            VerifiedPath = report.Snapshot?.VerifiedPath,
            ReceivedPath = report.Snapshot?.ReceivedPath,
        };
    }

    /// <summary>The record as a JSON document, keys in reading order.</summary>
    public JsonObject ToJson() => new()
    {
        ["format"] = Format,
        ["id"] = Id,
        ["claim"] = Claim,
        ["target"] = Target,
        ["verdict"] = Verdict.ToString(),
        ["expected"] = ExpectedVerdict is { } expected
            ? new JsonObject { ["verdict"] = expected.ToString(), ["diagnostics"] = Strings(ExpectedIds) }
            : null,
        ["diagnostics"] = Strings(DecisiveIds),
        ["status"] = Status.ToString(),
        ["message"] = Message,
        ["snapshot"] = SnapshotStatus is { } status
            ? new JsonObject { ["status"] = status.ToString(), ["verified"] = VerifiedPath, ["received"] = ReceivedPath }
            : null,
    };

    /// <summary>Reads the record stored at <paramref name="path"/>.</summary>
    /// <exception cref="ClaimCheckException">CLM4003 when the file is not valid JSON or not an outcome record of this format.</exception>
    public static OutcomeRecord Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        JsonNode node = SnapshotJson.Parse(File.ReadAllText(path), path);
        try
        {
            JsonObject json = node.AsObject();
            string format = Required(json, "format");
            if (format != Format)
            {
                throw Invalid(path, $"its format is '{format}', this version reads '{Format}'");
            }

            JsonObject? expected = json["expected"] as JsonObject;
            JsonObject? snapshot = json["snapshot"] as JsonObject;
            return new OutcomeRecord
            {
                Id = Required(json, "id"),
                Claim = Required(json, "claim"),
                Target = Required(json, "target"),
                Verdict = Enum.Parse<Verdict>(Required(json, "verdict")),
                ExpectedVerdict = expected is null ? null : Enum.Parse<Verdict>(Required(expected, "verdict")),
                ExpectedIds = expected?["diagnostics"] is JsonArray ids ? ReadStrings(ids) : [],
                DecisiveIds = json["diagnostics"] is JsonArray found ? ReadStrings(found) : [],
                Status = Enum.Parse<OutcomeStatus>(Required(json, "status")),
                Message = Required(json, "message"),
                SnapshotStatus = snapshot is null ? null : Enum.Parse<SnapshotStatus>(Required(snapshot, "status")),
                VerifiedPath = snapshot?["verified"]?.GetValue<string>(),
                ReceivedPath = snapshot?["received"]?.GetValue<string>(),
            };
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            throw Invalid(path, e.Message);
        }
    }

    /// <summary>Every outcome record in <paramref name="folder"/>, ordered by claim ID; empty when the folder does not exist.</summary>
    public static IReadOnlyList<OutcomeRecord> ReadFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, "*" + FileSuffix)
            .Where(p => !Path.GetFileName(p).StartsWith('.'))
            .Select(Read)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToArray();
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    private static string[] ReadStrings(JsonArray array) => array.Select(n => n!.GetValue<string>()).ToArray();

    private static string Required(JsonObject json, string key) =>
        json[key]?.GetValue<string>() ?? throw new InvalidOperationException($"the field '{key}' is missing");

    private static ClaimCheckException Invalid(string path, string reason) =>
        new(DiagnosticIds.SnapshotMalformed, $"{path} is not a ClaimCheck outcome record: {reason}");
}
