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
        foreach ((string path, string package) in CorpusSources.InstalledFiles())
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

    private static string InstalledVersion(string package)
    {
        var start = new ProcessStartInfo("dpkg-query", ["-W", "-f=${Version}", package]) { RedirectStandardOutput = true, UseShellExecute = false };
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("cannot start dpkg-query");
        string version = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        if (process.ExitCode != 0 || version.Length == 0)
        {
            throw new InvalidOperationException($"dpkg-query knows no installed {package}: {CorpusSources.InstallCommand(package)}");
        }

        return version;
    }
}
