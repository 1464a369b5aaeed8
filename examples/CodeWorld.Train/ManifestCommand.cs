using System.Diagnostics;
using System.Security.Cryptography;
using CodeWorld.Corpus;

namespace CodeWorld.Train;

/// <summary>Pins the corpus: lists the files <see cref="CorpusSources"/> picks among those installed now, with their sizes, SHA-256 and package versions.</summary>
internal static class ManifestCommand
{
    public static int Run()
    {
        var entries = new List<ManifestEntry>();
        foreach ((string path, string package) in CorpusSources.InstalledFiles(Owner))
        {
            byte[] bytes = File.ReadAllBytes(path);
            entries.Add(new ManifestEntry(path, package, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes))));
        }

        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string package in entries.Select(e => e.Package).Distinct())
        {
            versions[package] = InstalledVersion(package);
        }

        var manifest = new CorpusManifest(entries, versions);
        File.WriteAllText(WorldLocation.ManifestPath, manifest.Format());
        foreach (CodeSplit split in Enum.GetValues<CodeSplit>())
        {
            ManifestEntry[] files = [.. entries.Where(e => SplitAssignment.SplitOf(e.Path, e.Package) == split)];
            Console.WriteLine($"{split}: {files.Length} files, {files.Sum(e => e.Size):N0} bytes");
        }

        Console.WriteLine($"Wrote {WorldLocation.ManifestPath} ({entries.Count} files). Rebuild: the manifest is embedded in CodeWorld.dll; retrain: the weights were made from the old files.");
        return 0;
    }

    private static string InstalledVersion(string package) =>
        Dpkg("-W", "-f=${Version}", package) is { Length: > 0 } version
            ? version
            : throw new InvalidOperationException($"dpkg-query knows no installed {package}: {CorpusSources.InstallCommand(package)}");

    /// <summary>The package that installs a file (<c>dpkg-query -S</c> answers "package:arch: path"), or null.</summary>
    private static string? Owner(string path) =>
        Dpkg("-S", path) is { Length: > 0 } answer ? answer.Split(':')[0] : null;

    private static string Dpkg(params string[] arguments)
    {
        var start = new ProcessStartInfo("dpkg-query", arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("cannot start dpkg-query");
        string output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : string.Empty;
    }
}
