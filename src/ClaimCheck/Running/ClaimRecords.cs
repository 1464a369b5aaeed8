using System.Text;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Snapshots;

namespace ClaimCheck.Running;

/// <summary>One file a claim's run left in the results folder, with what it holds (test hosts attach it).</summary>
/// <param name="Path">The file's full path.</param>
/// <param name="Description">What it holds, in words.</param>
public sealed record RecordFile(string Path, string Description);

/// <summary>
/// Writes what one claim's run produced into the results folder, for any test host: the verdict document with
/// full-precision figures (<c>{ClaimId}.full.json</c>), the outcome (<c>{ClaimId}.outcome.json</c>, see
/// <see cref="OutcomeRecord"/>) and the minimal counterexample pictures, encoded by the host (the engine draws pixels,
/// <see cref="PixelImage"/>; ClaimCheck.Reporting encodes PNG). Files are replaced atomically, so a tool
/// watching the folder during a run never reads half a record.
/// </summary>
public static class ClaimRecords
{
    /// <summary>The suffix of full-precision verdict documents.</summary>
    public const string FullSuffix = ".full.json";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the records of <paramref name="report"/> into <paramref name="folder"/> (created when missing).</summary>
    /// <param name="report">The claim's report.</param>
    /// <param name="folder">The results folder.</param>
    /// <param name="encodePng">
    /// Encodes a counterexample picture as PNG, or returns null where it cannot (a missing native library); without it,
    /// no picture is written.
    /// </param>
    /// <returns>The files written, the outcome record last (its presence says the claim's records are complete).</returns>
    public static IReadOnlyList<RecordFile> Write(ClaimReport report, string folder, Func<PixelImage, byte[]?>? encodePng = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        string id = report.Result.Claim.Id;
        var files = new List<RecordFile>();

        string full = Path.Combine(folder, id + FullSuffix);
        WriteAtomically(full, Utf8NoBom.GetBytes(SnapshotJson.Serialize(report.FullPrecision)));
        files.Add(new RecordFile(full, "verdict with full-precision figures"));

        foreach ((EditKind kind, PixelImage pixels) in report.Result.Edits?.Pictures ?? new Dictionary<EditKind, PixelImage>())
        {
            if (encodePng?.Invoke(pixels) is not { } png)
            {
                continue;
            }

            string picture = Path.Combine(folder, $"{id}.{kind}.counterexample.png");
            WriteAtomically(picture, png);
            files.Add(new RecordFile(picture, $"minimal {kind} counterexample: before | after"));
        }

        string outcome = Path.Combine(folder, id + OutcomeRecord.FileSuffix);
        WriteAtomically(outcome, Utf8NoBom.GetBytes(SnapshotJson.Serialize(OutcomeRecord.From(report).ToJson())));
        files.Add(new RecordFile(outcome, "outcome: status, message, expected verdict, snapshot paths"));
        return files;
    }

    // A hidden temporary file in the same folder, then a rename: readers see the old file or the new one.
    private static void WriteAtomically(string path, byte[] bytes)
    {
        string temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
