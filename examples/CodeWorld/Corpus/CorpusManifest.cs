using System.Globalization;
using System.Text;

namespace CodeWorld.Corpus;

/// <summary>
/// The list of files the corpus is made of, with the package versions they were pinned from. Text format, one file a
/// line: <c>sha256 size package path</c>; header lines <c># package NAME VERSION</c> record the versions; other lines
/// starting with <c>#</c> are comments. The committed manifest (<c>Corpus/corpus-manifest.txt</c>) is embedded in the
/// assembly.
/// </summary>
public sealed class CorpusManifest
{
    /// <summary>The committed manifest, relative to the repository root.</summary>
    public const string CommittedPath = "examples/CodeWorld/Corpus/corpus-manifest.txt";

    /// <summary>The command that re-pins the corpus from the packages installed now.</summary>
    public const string RegenerateCommand = "dotnet run -c Release --project examples/CodeWorld.Train -- manifest";

    private const string Resource = "CodeWorld.Corpus.corpus-manifest.txt";

    private static readonly Lazy<CorpusManifest> CommittedManifest = new(LoadCommitted, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Creates a manifest from its entries and the versions of their packages.</summary>
    public CorpusManifest(IReadOnlyList<ManifestEntry> entries, IReadOnlyDictionary<string, string> packageVersions)
    {
        Entries = entries;
        PackageVersions = packageVersions;
    }

    /// <summary>The pinned files, sorted by path.</summary>
    public IReadOnlyList<ManifestEntry> Entries { get; }

    /// <summary>The version of each package the files were pinned from (as <c>dpkg-query</c> reported it).</summary>
    public IReadOnlyDictionary<string, string> PackageVersions { get; }

    /// <summary>The manifest committed with the world.</summary>
    public static CorpusManifest Committed => CommittedManifest.Value;

    /// <summary>Reads a manifest from its text; a malformed line throws <see cref="FormatException"/> naming it.</summary>
    public static CorpusManifest Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<ManifestEntry>();
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            string[] fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (line.StartsWith('#'))
            {
                if (fields.Length == 4 && fields[1] == "package")
                {
                    versions[fields[2]] = fields[3];
                }

                continue;
            }

            if (fields.Length != 4 || fields[0].Length != 64 || !fields[0].All(char.IsAsciiHexDigitLower)
                || !long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out long size))
            {
                throw new FormatException($"line {i + 1} of the corpus manifest is not 'sha256 size package path': {line}");
            }

            entries.Add(new ManifestEntry(fields[3], fields[2], size, fields[0]));
        }

        return new CorpusManifest(entries, versions);
    }

    /// <summary>The manifest's text, in the format <see cref="Parse"/> reads.</summary>
    public string Format()
    {
        var text = new StringBuilder();
        text.Append("# The code world's corpus (examples/CodeWorld): every file is checked against its size and SHA-256 on load (CLM5050).\n");
        text.Append("# Fields: sha256 size package path. Re-pin with: ").Append(RegenerateCommand).Append('\n');
        foreach ((string package, string version) in PackageVersions.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append("# package ").Append(package).Append(' ').Append(version).Append('\n');
        }

        foreach (ManifestEntry entry in Entries)
        {
            text.Append(CultureInfo.InvariantCulture, $"{entry.Sha256} {entry.Size} {entry.Package} {entry.Path}\n");
        }

        return text.ToString();
    }

    private static CorpusManifest LoadCommitted()
    {
        using Stream stream = typeof(CorpusManifest).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{CommittedPath} was not built into CodeWorld.dll; re-pin it with `{RegenerateCommand}` and rebuild");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }
}
