using System.Reflection;

namespace ClaimCheck.Snapshots;

/// <summary>
/// Finds the folder of a claim's snapshots from the source path the compiler recorded for it. A deterministic CI build
/// (<c>ContinuousIntegrationBuild=true</c>) records <c>/_/examples/Claims.cs</c> instead of the path on disk; the
/// ClaimCheck build targets write each such mapping into the claim assembly as
/// <c>[AssemblyMetadata("ClaimCheck.SourceRoot:/_/", "/home/me/repo/")]</c>, and this maps the path back.
/// </summary>
public static class SourcePathMap
{
    internal const string MetadataKeyPrefix = "ClaimCheck.SourceRoot:";

    /// <summary>
    /// The folder that holds the snapshots of claims declared in <paramref name="sourceFile"/> (a path the compiler
    /// recorded, e.g. through <c>[CallerFilePath]</c>) of <paramref name="declaringAssembly"/>: beside the source file,
    /// also when a deterministic build recorded it as <c>/_/...</c>.
    /// </summary>
    public static string SnapshotFolder(string sourceFile, Assembly declaringAssembly)
    {
        ArgumentNullException.ThrowIfNull(sourceFile);
        ArgumentNullException.ThrowIfNull(declaringAssembly);
        string local = ToLocal(sourceFile, Roots(declaringAssembly));
        return Path.GetDirectoryName(local) is { Length: > 0 } folder ? folder : AppContext.BaseDirectory;
    }

    /// <summary>The mappings a claim assembly recorded: mapped prefix (<c>/_/</c>) and the local folder it stands for.</summary>
    internal static IReadOnlyList<KeyValuePair<string, string>> Roots(Assembly assembly) =>
        assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Where(a => a.Key.StartsWith(MetadataKeyPrefix, StringComparison.Ordinal) && a.Key.Length > MetadataKeyPrefix.Length && !string.IsNullOrEmpty(a.Value))
            .Select(a => KeyValuePair.Create(a.Key[MetadataKeyPrefix.Length..], a.Value!))
            .ToArray();

    /// <summary>
    /// <paramref name="sourceFile"/> with its mapped prefix replaced by the local folder; unchanged when no mapping
    /// matches (a local build records real paths). The longest prefix wins, as the compiler's own PathMap ordering
    /// puts nested roots (/_/sub/) before the folders that hold them.
    /// </summary>
    internal static string ToLocal(string sourceFile, IEnumerable<KeyValuePair<string, string>> roots)
    {
        foreach ((string mapped, string local) in roots.OrderByDescending(r => r.Key.Length))
        {
            if (sourceFile.StartsWith(mapped, StringComparison.Ordinal))
            {
                return Path.Combine(local, sourceFile[mapped.Length..]);
            }
        }

        return sourceFile;
    }
}
