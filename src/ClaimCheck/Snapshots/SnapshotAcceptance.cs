using ClaimCheck.Diagnostics;

namespace ClaimCheck.Snapshots;

/// <summary>
/// Accepting received snapshots outside a test run (the command line's <c>accept</c>): find them, show what accepting
/// each would change, and move it over the verified file. The CI rule of <see cref="SnapshotStore"/> holds here too:
/// under <c>CI=true</c> nothing is accepted (CLM4004), so a pipeline never approves its own snapshots.
/// </summary>
public static class SnapshotAcceptance
{
    private const string ReceivedSuffix = ".received.json";
    private const string VerifiedSuffix = ".verified.json";

    // Build outputs and tool folders hold copies, never the snapshots that sit beside the test sources.
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "bin", "obj", ".git", "node_modules", "TestResults" };

    /// <summary>
    /// The received snapshots at <paramref name="path"/>: the file itself when it is a <c>.received.json</c> file,
    /// else every one under the folder (skipping bin, obj, .git, node_modules and TestResults), ordered by path.
    /// </summary>
    public static IReadOnlyList<PendingSnapshot> Find(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            return full.EndsWith(ReceivedSuffix, StringComparison.Ordinal) ? [Pending(full)] : [];
        }

        var found = new List<PendingSnapshot>();
        var folders = new Stack<string>();
        if (Directory.Exists(full))
        {
            folders.Push(full);
        }

        while (folders.Count > 0)
        {
            string folder = folders.Pop();
            found.AddRange(Directory.EnumerateFiles(folder, "*" + ReceivedSuffix)
                .Where(f => f.EndsWith(ReceivedSuffix, StringComparison.Ordinal))
                .Select(Pending));
            foreach (string child in Directory.EnumerateDirectories(folder))
            {
                if (!SkippedFolders.Contains(Path.GetFileName(child)))
                {
                    folders.Push(child);
                }
            }
        }

        return found.OrderBy(p => p.ReceivedPath, StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// What accepting <paramref name="pending"/> would change, for people: the whole received document when there is
    /// no verified file yet, else the semantic differences and a line diff (as a failing test shows them).
    /// </summary>
    /// <exception cref="ClaimCheckException">CLM4003 when the received file is not a valid snapshot.</exception>
    public static string Describe(PendingSnapshot pending, SnapshotSettings settings)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(settings);
        string receivedText = SnapshotFiles.ReadOrNull(pending.ReceivedPath) ?? "";
        var received = SnapshotJson.Parse(receivedText, pending.ReceivedPath);
        string? verifiedText = SnapshotFiles.ReadOrNull(pending.VerifiedPath);
        if (verifiedText is null)
        {
            return "New snapshot (there is no verified one yet):\n" + receivedText;
        }

        try
        {
            var differences = SnapshotComparer.Compare(SnapshotJson.Parse(verifiedText, pending.VerifiedPath), received, settings);
            return SnapshotDiff.Render(verifiedText, receivedText, differences);
        }
        catch (ClaimCheckException e) when (e.Diagnostic.Id == DiagnosticIds.SnapshotMalformed)
        {
            return $"The verified snapshot is malformed ({e.Diagnostic.Message}); accepting replaces it.\n"
                + SnapshotDiff.Render(verifiedText, receivedText, []);
        }
    }

    /// <summary>Moves the received file over the verified one.</summary>
    /// <exception cref="ClaimCheckException">
    /// CLM4004 under CI (nothing is moved); CLM4003 when the received file is not a valid snapshot; CLM4006 when the
    /// folder cannot be written.
    /// </exception>
    public static void Accept(PendingSnapshot pending, SnapshotSettings settings)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.IsCi)
        {
            throw new ClaimCheckException(DiagnosticIds.AcceptRefusedInCi,
                $"accepting {pending.Name} refused under CI=true: a pipeline never approves its own snapshots; review the received file, accept it locally and commit the .verified.json file");
        }

        // A hand-edited received file that no longer parses would only turn into a malformed verified one.
        _ = SnapshotJson.Parse(SnapshotFiles.ReadOrNull(pending.ReceivedPath) ?? "", pending.ReceivedPath);
        lock (SnapshotPathLocks.For(pending.VerifiedPath))
        {
            try
            {
                // A rename in one folder: the verified file is the old one or the new one, never half of either.
                File.Move(pending.ReceivedPath, pending.VerifiedPath, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ClaimCheckException(DiagnosticIds.SnapshotFolderNotWritable,
                    $"cannot move {pending.ReceivedPath} to {pending.VerifiedPath}: {e.Message}", e);
            }
        }
    }

    private static PendingSnapshot Pending(string receivedPath)
    {
        string name = Path.GetFileName(receivedPath)[..^ReceivedSuffix.Length];
        return new PendingSnapshot(name, receivedPath, Path.Combine(Path.GetDirectoryName(receivedPath)!, name + VerifiedSuffix));
    }
}
