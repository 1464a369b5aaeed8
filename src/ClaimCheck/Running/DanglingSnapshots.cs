using ClaimCheck.Snapshots;

namespace ClaimCheck.Running;

/// <summary>
/// Verified snapshots that no claim produces any more (left by a renamed or deleted claim): every
/// <c>*.verified.json</c> in the claims' snapshot folders, and in any other folders given, whose name is not the ID
/// of a claim kept in that folder. Claims built in code (the fluent API) are not in an assembly's catalog, so their
/// snapshots show up here unless their folder is left out.
/// </summary>
public static class DanglingSnapshots
{
    /// <summary>The orphaned snapshot files, full paths, sorted.</summary>
    /// <param name="claims">The claims that exist (see <see cref="ClaimCatalog"/>).</param>
    /// <param name="otherFolders">More folders to look in (e.g. a project folder's snapshot folders), besides the claims' own.</param>
    public static IReadOnlyList<string> Find(IReadOnlyList<CatalogedClaim> claims, IEnumerable<string> otherFolders)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(otherFolders);
        ILookup<string, string> producedByFolder = claims.ToLookup(c => Path.GetFullPath(c.SnapshotDirectory), c => c.Id, StringComparer.Ordinal);
        IEnumerable<string> folders = producedByFolder.Select(g => g.Key)
            .Concat(otherFolders.Select(Path.GetFullPath))
            .Distinct(StringComparer.Ordinal);
        var settings = new SnapshotSettings();
        return folders
            .SelectMany(folder => new SnapshotStore(folder, settings).Orphans(producedByFolder[folder]))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
