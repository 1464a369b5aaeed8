using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimCheck.Diagnostics;
using ClaimCheck.Snapshots;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Running;

/// <summary>
/// The outcome of one claim's run as a test host reported it, stored as <c>{ClaimId}.outcome.json</c> in the results
/// folder beside the full-precision verdict document. Tools that did not run the claim (the command line's verdict
/// table, reports) read it back with <see cref="Read"/>; unknown fields are ignored, so later versions may add some.
/// Properties come in the file's order; the same type writes and reads it.
/// </summary>
public sealed record OutcomeRecord
{
    /// <summary>The record format written in the <c>format</c> field; the number changes only when a field changes meaning.</summary>
    public const string Format = "claimcheck-outcome/1";

    /// <summary>The suffix of outcome record files.</summary>
    public const string FileSuffix = ".outcome.json";

    /// <summary>The format this record was written in (<see cref="Format"/> for records this version writes).</summary>
    [JsonPropertyName("format")]
    [JsonRequired]
    public string RecordFormat { get; init; } = Format;

    /// <summary>The claim's ID, <c>{Class}.{Method}</c> for attribute claims.</summary>
    public required string Id { get; init; }

    /// <summary>The claim in words.</summary>
    public required string Claim { get; init; }

    /// <summary>The audit target's name.</summary>
    public required string Target { get; init; }

    /// <summary>The verdict the evidence gave.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>What the claim states with <c>[ExpectVerdict]</c>, or null when it states nothing (then only Holds passes).</summary>
    public required OutcomeExpectation? Expected { get; init; }

    /// <summary>The distinct warning and error IDs the run found, sorted (info IDs never decide an outcome).</summary>
    [JsonPropertyName("diagnostics")]
    public required IReadOnlyList<string> DecisiveIds { get; init; }

    /// <summary>How the host reported the claim.</summary>
    public required OutcomeStatus Status { get; init; }

    /// <summary>The verdict line, the diagnostics and, on failure, the reasons.</summary>
    public required string Message { get; init; }

    /// <summary>What the snapshot check found, or null when the snapshot store could not be used.</summary>
    public required OutcomeSnapshot? Snapshot { get; init; }

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
            Expected = result.Claim.Expected is { } expected
                ? new OutcomeExpectation(expected.Verdict, [.. expected.DiagnosticIds.Distinct().Order(StringComparer.Ordinal)])
                : null,
            DecisiveIds = [.. result.Diagnostics.Where(d => d.Severity != Severity.Info).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal)],
            Status = report.Outcome.Status,
            Message = report.Outcome.Message,
            Snapshot = report.Snapshot is { } snapshot
                ? new OutcomeSnapshot(snapshot.Status, snapshot.VerifiedPath, snapshot.ReceivedPath)
                : null,
        };
    }

    /// <summary>The record as canonical JSON text, keys in reading order.</summary>
    public string ToText() => SnapshotJson.Serialize(JsonSerializer.SerializeToNode(this, OutcomeRecordJson.Default.OutcomeRecord)!);

    /// <summary>Reads the record stored at <paramref name="path"/>.</summary>
    /// <exception cref="ClaimCheckException">CLM4003 when the file is not valid JSON or not an outcome record of this format.</exception>
    public static OutcomeRecord Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(path));
            // The format first: a record of another version is named as such, not as a field it happens to lack.
            string? format = json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("format", out JsonElement f)
                && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
            if (format != Format)
            {
                throw Invalid(path, format is null ? "it has no 'format'" : $"its format is '{format}', this version reads '{Format}'");
            }

            return json.Deserialize(OutcomeRecordJson.Default.OutcomeRecord) ?? throw Invalid(path, "it is null");
        }
        catch (JsonException e)
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

    private static ClaimCheckException Invalid(string path, string reason) =>
        new(DiagnosticIds.SnapshotMalformed, $"{path} is not a ClaimCheck outcome record: {reason}");
}

/// <summary>What a claim states it expects.</summary>
/// <param name="Verdict">The expected verdict.</param>
/// <param name="Diagnostics">The warning and error IDs it expects, distinct and sorted (empty when none).</param>
public sealed record OutcomeExpectation(Verdict Verdict, IReadOnlyList<string> Diagnostics);

/// <summary>What the snapshot check of a claim found.</summary>
/// <param name="Status">The comparison's result.</param>
/// <param name="Verified">The full path of the claim's <c>.verified.json</c>.</param>
/// <param name="Received">The full path of the <c>.received.json</c> left for review, or null when none was left.</param>
public sealed record OutcomeSnapshot(SnapshotStatus Status, string Verified, string? Received);

/// <summary>The serializer of outcome records, generated at compile time (camel case, enums by name, required fields enforced).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(OutcomeRecord))]
internal sealed partial class OutcomeRecordJson : JsonSerializerContext;
