using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Diagnostics;

namespace CodeWorld.Corpus;

/// <summary>
/// The corpus as read from disk: every file of a manifest, checked against its size and SHA-256, decoded as UTF-8
/// and assigned to its split. Nothing is downloaded; the files come from the Debian packages the manifest names
/// (<c>bash .ci/debian-packages</c> installs them).
/// </summary>
public sealed class CodeCorpus
{
    private static readonly Lazy<CodeCorpus> CommittedCorpus =
        new(() => Load(CorpusManifest.Committed), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private CodeCorpus(IReadOnlyList<CodeDocument> documents) => Documents = documents;

    /// <summary>Every document, in the manifest's order (sorted by path).</summary>
    public IReadOnlyList<CodeDocument> Documents { get; }

    /// <summary>The corpus of the committed manifest, read once per process.</summary>
    /// <exception cref="ClaimCheckException">CLM5050 when a file is missing or differs from the manifest.</exception>
    public static CodeCorpus Committed => CommittedCorpus.Value;

    /// <summary>The documents of one split, in path order.</summary>
    public IReadOnlyList<CodeDocument> Split(CodeSplit split) => [.. Documents.Where(d => d.Split == split)];

    /// <summary>Reads and checks every file of <paramref name="manifest"/>.</summary>
    /// <exception cref="ClaimCheckException">CLM5050 naming the first file that is missing, unreadable or changed, its package and the install command.</exception>
    public static CodeCorpus Load(CorpusManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var documents = new List<CodeDocument>(manifest.Entries.Count);
        foreach (ManifestEntry entry in manifest.Entries)
        {
            byte[] bytes = Read(entry, manifest);
            string hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (bytes.Length != entry.Size || hash != entry.Sha256)
            {
                throw Changed(entry, manifest, string.Create(CultureInfo.InvariantCulture,
                    $"has SHA-256 {hash[..12]}… and {bytes.Length:N0} bytes, not the manifest's {entry.Sha256[..12]}… and {entry.Size:N0} bytes"));
            }

            string text;
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException e)
            {
                // The bytes are the pinned ones, so this only happens with a manifest pinned by hand.
                throw new ClaimCheckException(DiagnosticIds.CorpusFileChanged,
                    $"the corpus file {entry.Path} is not UTF-8 ({e.Message}); the manifest {CorpusManifest.CommittedPath} must list only UTF-8 source files", e);
            }

            documents.Add(new CodeDocument(entry.Path, entry.Package, SplitAssignment.SplitOf(entry.Path, entry.Package), text));
        }

        return new CodeCorpus(documents);
    }

    private static byte[] Read(ManifestEntry entry, CorpusManifest manifest)
    {
        if (!File.Exists(entry.Path))
        {
            throw Changed(entry, manifest, "is missing");
        }

        try
        {
            return File.ReadAllBytes(entry.Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Changed(entry, manifest, $"cannot be read ({e.Message})", e);
        }
    }

    private static ClaimCheckException Changed(ManifestEntry entry, CorpusManifest manifest, string what, Exception? inner = null)
    {
        string version = manifest.PackageVersions.TryGetValue(entry.Package, out string? v) ? v : "unknown";
        string hint = what == "is missing"
            ? $"install the Debian package {entry.Package} ({CorpusSources.InstallCommand(entry.Package)}; bash .ci/debian-packages installs every package the worlds need)"
            : $"the installed {entry.Package} is not the version the corpus was pinned with ({version}): install that version "
              + $"({CorpusSources.InstallCommand(entry.Package)}={version}), or re-pin the corpus on purpose with `{CorpusManifest.RegenerateCommand}` and retrain the model";
        string message = $"the corpus file {entry.Path} {what}: {hint}";
        return new ClaimCheckException(DiagnosticIds.CorpusFileChanged, message, inner);
    }
}
