using System.Text;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Running;

namespace ClaimCheck.Reports;

/// <summary>One file a claim's run left in the results folder, with what it holds (test hosts attach it).</summary>
/// <param name="Path">The file's full path.</param>
/// <param name="Description">What it holds, in words.</param>
public sealed record RecordFile(string Path, string Description);

/// <summary>
/// Writes what one claim's run produced into the results folder, for any test host, and reads a folder back for
/// reports and the command line: the verdict document with full-precision figures (<c>{ClaimId}.full.json</c>, a
/// <see cref="VerdictDocument"/>), the outcome (<c>{ClaimId}.outcome.json</c>, an <see cref="OutcomeRecord"/>) and the
/// minimal counterexample pictures (<c>{ClaimId}.{Kind}.counterexample.png</c>; the engine draws pixels, a
/// <see cref="PixelImage"/>, and the host encodes them: ClaimCheck.Reporting encodes PNG). Files are replaced atomically, so a
/// tool watching the folder during a run never reads half a record.
/// </summary>
public static class ClaimRecords
{
    /// <summary>The suffix of full-precision verdict documents.</summary>
    public const string FullSuffix = ".full.json";

    /// <summary>The suffix of a minimal counterexample picture, after the claim ID and the edit kind.</summary>
    public const string CounterexampleSuffix = ".counterexample.png";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the records of <paramref name="report"/> into <paramref name="folder"/> (created when missing).</summary>
    /// <param name="report">The claim's report.</param>
    /// <param name="folder">The results folder.</param>
    /// <param name="encodePng">
    /// Encodes a counterexample picture as PNG, or returns null where it cannot (a missing native library); without it,
    /// no picture is written.
    /// </param>
    /// <returns>The files written, the outcome record last (its presence says the claim's records are complete).</returns>
    public static IReadOnlyList<RecordFile> Write(ClaimReport report, string folder, Func<PixelImage, byte[]?>? encodePng) =>
        Write(report, VerdictDocument.Of(report?.Result ?? throw new ArgumentNullException(nameof(report)), fullPrecision: true), folder, encodePng);

    /// <summary>Writes the records of <paramref name="report"/> with its full-precision <paramref name="document"/>
    /// already built (hosts that also draw its plots build it once).</summary>
    /// <param name="report">The claim's report.</param>
    /// <param name="document">Its full-precision verdict document.</param>
    /// <param name="folder">The results folder.</param>
    /// <param name="encodePng">Encodes a counterexample picture as PNG, or returns null where it cannot; without it, no picture is written.</param>
    /// <returns>The files written, the outcome record last (its presence says the claim's records are complete).</returns>
    public static IReadOnlyList<RecordFile> Write(ClaimReport report, VerdictDocument document, string folder, Func<PixelImage, byte[]?>? encodePng)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        string id = report.Result.Claim.Id;
        var files = new List<RecordFile>();

        string full = Path.Combine(folder, id + FullSuffix);
        WriteAtomically(full, Utf8NoBom.GetBytes(document.ToText()));
        files.Add(new RecordFile(full, "verdict with full-precision figures"));

        foreach ((EditKind kind, PixelImage pixels) in report.Result.Edits?.Pictures ?? new Dictionary<EditKind, PixelImage>())
        {
            if (encodePng?.Invoke(pixels) is not { } png)
            {
                continue;
            }

            string picture = Path.Combine(folder, $"{id}.{kind}{CounterexampleSuffix}");
            WriteAtomically(picture, png);
            files.Add(new RecordFile(picture, $"minimal {kind} counterexample: before | after"));
        }

        string outcome = Path.Combine(folder, id + OutcomeRecord.FileSuffix);
        WriteAtomically(outcome, Utf8NoBom.GetBytes(OutcomeRecord.From(report).ToText()));
        files.Add(new RecordFile(outcome, "outcome: status, message, expected verdict, snapshot paths"));
        return files;
    }

    /// <summary>Reads every claim's records in <paramref name="folder"/>, ordered by claim ID (ordinal).</summary>
    /// <exception cref="ClaimCheckException">CLM4250 when the folder does not exist, CLM4251 when it holds no verdict
    /// documents, CLM4252 when a document or an outcome record beside it cannot be read as one.</exception>
    public static IReadOnlyList<ClaimRecord> Read(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new ClaimCheckException(DiagnosticIds.ResultsFolderMissing,
                $"the results folder '{folder}' does not exist; run the claims first, or point the report at the folder their run wrote ({ResultsFolder.Variable})");
        }

        // Ordered by claim ID, not by file name: "A.B.full.json" must come before "A.B.C.full.json". Hidden files are
        // the temporaries of a write in progress.
        string[] files = [.. Directory.GetFiles(folder, "*" + FullSuffix)
            .Where(p => !Path.GetFileName(p).StartsWith('.'))
            .OrderBy(p => Path.GetFileName(p)[..^FullSuffix.Length], StringComparer.Ordinal)];
        if (files.Length == 0)
        {
            throw new ClaimCheckException(DiagnosticIds.NoClaimResults,
                $"the results folder '{folder}' holds no claim results (*{FullSuffix})");
        }

        return [.. files.Select(ReadClaim)];
    }

    private static ClaimRecord ReadClaim(string path)
    {
        string id = Path.GetFileName(path)[..^FullSuffix.Length];
        VerdictDocument document = VerdictDocument.Parse(File.ReadAllText(path), path);
        string folder = Path.GetDirectoryName(path)!;
        string outcomePath = Path.Combine(folder, id + OutcomeRecord.FileSuffix);
        return new ClaimRecord(id, document, File.Exists(outcomePath) ? ReadOutcome(outcomePath) : null, Counterexamples(folder, id));
    }

    // An outcome record that cannot be read makes its claim's results unreadable for a report: CLM4252, as for the document.
    private static OutcomeRecord ReadOutcome(string path)
    {
        try
        {
            return OutcomeRecord.Read(path);
        }
        catch (ClaimCheckException e)
        {
            throw new ClaimCheckException(DiagnosticIds.ClaimResultUnreadable, e.Diagnostic.Message, e);
        }
    }

    private static CounterexamplePicture[] Counterexamples(string folder, string id)
    {
        string prefix = id + ".";
        return [.. Directory.GetFiles(folder, prefix + "*" + CounterexampleSuffix)
            .Select(p => (Path: p, Kind: Path.GetFileName(p)[prefix.Length..^CounterexampleSuffix.Length]))
            // The kind is one word; anything with a dot belongs to another claim whose ID starts with this one's.
            .Where(p => p.Kind.Length > 0 && !p.Kind.Contains('.', StringComparison.Ordinal))
            .OrderBy(p => p.Kind, StringComparer.Ordinal)
            .Select(p => new CounterexamplePicture(p.Kind, File.ReadAllBytes(p.Path)))];
    }

    // A hidden temporary file in the same folder, then a rename: readers see the old file or the new one.
    private static void WriteAtomically(string path, byte[] bytes)
    {
        string temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
