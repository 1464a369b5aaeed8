using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence;
using ClaimCheck.Running;
using ClaimCheck.Snapshots;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Reports;

/// <summary>
/// A claim's verdict document: claim, subject, concept, verdict, diagnostics, evidence with intervals, seeds and
/// fingerprints; no timings, paths, device names or dates. Properties come in reading order (what was claimed, what was
/// decided, why). The snapshot reviewers read is this document with scores rounded to 2 decimals and p-values to 3;
/// the full-precision form (the <c>{ClaimId}.full.json</c> record) adds the key figures and plot data reports show.
/// The same type writes the records and reads them back (<see cref="ClaimRecords.Read"/>), so a renamed field breaks
/// the build or the round trip, never a report silently.
/// </summary>
public sealed record VerdictDocument
{
    /// <summary>The claim in words.</summary>
    public required string Claim { get; init; }

    /// <summary>The claim's ID.</summary>
    public required string Id { get; init; }

    /// <summary>The audit target's name.</summary>
    public required string Target { get; init; }

    /// <summary>What the claim states of its subject.</summary>
    public required ClaimKind Kind { get; init; }

    /// <summary>The subject.</summary>
    public required DocumentSubject Subject { get; init; }

    /// <summary>The concept.</summary>
    public required string Concept { get; init; }

    /// <summary>The verdict.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>The findings, in the order they were made.</summary>
    public required IReadOnlyList<DocumentDiagnostic> Diagnostics { get; init; }

    /// <summary>How the claim's family adjusted its p-values, or null for a claim judged alone (then not written, so
    /// snapshots of claims run alone read as before).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DocumentFamily? Family { get; init; }

    /// <summary>Each kind of evidence's section, by kind name, written by the kind itself; null when none was measured.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonObject? Evidence { get; init; }

    /// <summary>The seeds.</summary>
    public required DocumentSeeds Seeds { get; init; }

    /// <summary>The fingerprints of the model and the splits.</summary>
    public required DocumentFingerprints Fingerprints { get; init; }

    /// <summary>The headline figures reports show beside the verdict, in the kinds' own words (full precision only).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<EvidenceFigure>? KeyFigures { get; init; }

    /// <summary>The distributions behind the figures, for plots (full precision only; null when nothing was measured).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public EvidencePlots? PlotData { get; init; }

    /// <summary>The document of <paramref name="result"/>; with <paramref name="fullPrecision"/> numbers are not
    /// rounded and the key figures and plot data are added (the record reports read).</summary>
    public static VerdictDocument Of(ClaimResult result, bool fullPrecision = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        var round = new Rounding(fullPrecision);
        ClaimDefinition claim = result.Claim;
        bool inFamily = result.Family is not null;
        var evidence = new JsonObject();
        var seeds = new JsonObject();
        foreach (IEvidenceKind kind in EvidenceKinds.All)
        {
            object? measured = result.Measured.Get<object>(kind.Name);
            if (measured is not null && claim.Demands.Has(kind.Name))
            {
                evidence[kind.Name] = kind.Section(claim, measured, round, inFamily);
            }

            kind.AddSeeds(seeds, measured);
        }

        return new VerdictDocument
        {
            Claim = claim.Text,
            Id = claim.Id,
            Target = result.TargetName,
            Kind = claim.Kind,
            Subject = DocumentSubject.Of(claim.Subject),
            Concept = claim.Concept,
            Verdict = result.Verdict,
            Diagnostics = [.. result.Diagnostics.Select(d => new DocumentDiagnostic(d.Id, d.Severity, d.Message))],
            Family = result.Family is { } family
                ? new DocumentFamily(family.Name, family.Correction, family.Size, round.P(family.P), round.P(family.AdjustedP))
                : null,
            Evidence = evidence.Count > 0 ? evidence : null,
            Seeds = new DocumentSeeds { Run = claim.Seed, Claim = Rounding.Hex(result.ClaimSeed), Evidence = Elements(seeds) },
            Fingerprints = new DocumentFingerprints(result.ModelFingerprint, result.SplitFingerprints.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)),
            // Headline figures and distributions for reports; the rounded snapshot never carries them.
            KeyFigures = fullPrecision ? [.. EvidenceKinds.All
                .Where(kind => result.Measured.Has(kind.Name) && claim.Demands.Has(kind.Name))
                .SelectMany(kind => kind.KeyFigures(claim, result.Measured.Get<object>(kind.Name)!, inFamily))] : null,
            PlotData = fullPrecision ? Plots(result) : null,
        };
    }

    /// <summary>The document of <paramref name="result"/> as the JSON tree the snapshot store compares and writes.</summary>
    public static JsonObject Build(ClaimResult result, bool fullPrecision = false) => Of(result, fullPrecision).ToJson();

    /// <summary>This document as a JSON tree, keys in reading order.</summary>
    public JsonObject ToJson() => JsonSerializer.SerializeToNode(this, VerdictDocumentJson.Default.VerdictDocument)!.AsObject();

    /// <summary>This document as canonical JSON text (indented, keys in reading order, as snapshots are written).</summary>
    public string ToText() => SnapshotJson.Serialize(ToJson());

    /// <summary>Reads a document from its JSON text.</summary>
    /// <param name="json">The text.</param>
    /// <param name="path">Where it was read from, for the message.</param>
    /// <exception cref="ClaimCheckException">CLM4252 when the text is not a verdict document (not JSON, a required
    /// field missing or of the wrong type).</exception>
    public static VerdictDocument Parse(string json, string path)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return JsonSerializer.Deserialize(json, VerdictDocumentJson.Default.VerdictDocument)
                ?? throw Unreadable(path, "it is null", null);
        }
        catch (JsonException e)
        {
            throw Unreadable(path, e.Message, e);
        }
    }

    private static ClaimCheckException Unreadable(string path, string reason, Exception? inner) =>
        new(DiagnosticIds.ClaimResultUnreadable, $"{path} is not a verdict document: {reason}", inner);

    // The kinds write their seeds into a JSON object; the record holds them as elements, in the kinds' order.
    private static Dictionary<string, JsonElement>? Elements(JsonObject seeds) =>
        seeds.Count == 0 ? null : seeds.ToDictionary(p => p.Key, p => JsonElement.Parse(p.Value?.ToJsonString() ?? "null"), StringComparer.Ordinal);

    /// <summary>
    /// The comparisons of the subject's figure with its null draws that the kinds recorded in the plot data, by kind
    /// name in registry order; none without plot data. A report draws them all one way, knowing no kind.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, INullComparisonPlot>> NullComparisons() =>
        PlotData is not { } plots ? [] :
        [.. EvidenceKinds.All.Select(kind => (kind.Name, Plot: kind.NullComparison(plots)))
            .Where(p => p.Plot is not null)
            .Select(p => KeyValuePair.Create(p.Name, p.Plot!))];

    private static EvidencePlots? Plots(ClaimResult result)
    {
        var plots = new EvidencePlots();
        foreach (IEvidenceKind kind in EvidenceKinds.All)
        {
            if (result.Measured.Get<object>(kind.Name) is { } measured)
            {
                plots = kind.AddPlotData(plots, measured);
            }
        }

        return plots.IsEmpty ? null : plots;
    }
}
