using System.Text.Json.Nodes;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Snapshots;

/// <summary>
/// The verdict snapshots of one folder (docs/reviewing.md): each claim's received snapshot is checked against
/// <c>{name}.verified.json</c>; a missing or differing one is written beside it as <c>{name}.received.json</c> for
/// review and fails, until someone accepts it explicitly. Safe to use from concurrent tests.
/// </summary>
internal sealed class SnapshotStore
{
    private const string VerifiedSuffix = ".verified.json";
    private const string ReceivedSuffix = ".received.json";

    private readonly string _folder;
    private readonly SnapshotSettings _settings;

    /// <summary>A store over <paramref name="directory"/> (created when a snapshot is first written) using <paramref name="settings"/>.</summary>
    public SnapshotStore(string directory, SnapshotSettings settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(settings);
        _folder = Path.GetFullPath(directory);
        _settings = settings;
    }

    /// <summary>Returns <paramref name="name"/> when it makes a safe snapshot file name on every OS.</summary>
    /// <exception cref="ClaimCheckException">
    /// CLM4005 for an empty name, path separators, "..", characters invalid in file names, more than 200 characters,
    /// or a Windows device name (CON, NUL, COM1...) before the first dot.
    /// </exception>
    public static string ValidateName(string name) => SnapshotNames.Validate(name);

    /// <summary>The full path of <c>{directory}/{name}.verified.json</c>.</summary>
    public string VerifiedPath(string name) => Path.Combine(_folder, ValidateName(name) + VerifiedSuffix);

    /// <summary>The full path of <c>{directory}/{name}.received.json</c>.</summary>
    public string ReceivedPath(string name) => Path.Combine(_folder, ValidateName(name) + ReceivedSuffix);

    /// <summary>
    /// Checks <paramref name="received"/> against <c>{name}.verified.json</c>. Matched removes a stale received file;
    /// Missing (CLM4001), Different (CLM4002) and Malformed (CLM4003) write <c>{name}.received.json</c> and never
    /// pass. With <see cref="SnapshotSettings.Accept"/> outside CI those three replace the verified file and return
    /// Accepted; under CI the accept is refused with a CLM4004 note. The verified file changes only on accept.
    /// </summary>
    /// <exception cref="ClaimCheckException">CLM4005 for an invalid name; CLM4006 when the folder cannot be written.</exception>
    public SnapshotOutcome Check(string name, JsonNode received)
    {
        ArgumentNullException.ThrowIfNull(received);
        string verifiedPath = VerifiedPath(name);
        string receivedPath = ReceivedPath(name);
        string receivedText = SnapshotJson.Serialize(received);

        lock (SnapshotPathLocks.For(verifiedPath))
        {
            Finding finding = Inspect(verifiedPath, receivedText);
            if (finding.Status == SnapshotStatus.Matched)
            {
                SnapshotFiles.DeleteIfExists(receivedPath, "delete the stale received snapshot");
                return new SnapshotOutcome(SnapshotStatus.Matched, verifiedPath, null, SnapshotMessages.Matched(name, verifiedPath), null, []);
            }

            if (_settings.Accept && !_settings.IsCi)
            {
                return Accept(name, verifiedPath, receivedPath, receivedText, finding);
            }

            SnapshotFiles.WriteAtomically(receivedPath, receivedText, "write the received snapshot");
            string message = finding.Status switch
            {
                SnapshotStatus.Missing => SnapshotMessages.Missing(name, verifiedPath, receivedPath),
                SnapshotStatus.Different => SnapshotMessages.Different(name, verifiedPath, receivedPath, finding.Diff(receivedText)),
                _ => SnapshotMessages.Malformed(name, verifiedPath, receivedPath, finding.Problem!),
            };
            if (_settings.Accept)
            {
                message += SnapshotMessages.AcceptRefusedInCi();
            }

            return new SnapshotOutcome(finding.Status, verifiedPath, receivedPath, message, finding.DiagnosticId, finding.Differences);
        }
    }

    /// <summary>
    /// The full paths of the <c>*.verified.json</c> files in the folder whose snapshot names are not in
    /// <paramref name="produced"/> (orphans left by renamed or deleted claims), sorted; empty when the folder does not exist.
    /// </summary>
    public IReadOnlyList<string> Orphans(IEnumerable<string> produced)
    {
        ArgumentNullException.ThrowIfNull(produced);
        if (!Directory.Exists(_folder))
        {
            return [];
        }

        var producedNames = new HashSet<string>(produced, StringComparer.Ordinal);
        return Directory.EnumerateFiles(_folder, "*" + VerifiedSuffix)
            .Where(path => path.EndsWith(VerifiedSuffix, StringComparison.Ordinal))
            .Where(path => !producedNames.Contains(Path.GetFileName(path)[..^VerifiedSuffix.Length]))
            .Order(StringComparer.Ordinal)
            .ToList()
            .AsReadOnly();
    }

    private static SnapshotOutcome Accept(string name, string verifiedPath, string receivedPath, string receivedText, Finding finding)
    {
        SnapshotFiles.WriteAtomically(verifiedPath, receivedText, "write the accepted snapshot");
        SnapshotFiles.DeleteIfExists(receivedPath, "delete the received snapshot after accepting it");
        string? diff = finding.Status == SnapshotStatus.Different ? finding.Diff(receivedText) : null;
        return new SnapshotOutcome(
            SnapshotStatus.Accepted, verifiedPath, null, SnapshotMessages.Accepted(name, verifiedPath, finding.Status, diff), null, finding.Differences);
    }

    private Finding Inspect(string verifiedPath, string receivedText)
    {
        string? verifiedText;
        try
        {
            verifiedText = SnapshotFiles.ReadOrNull(verifiedPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Finding.Malformed($"{verifiedPath} cannot be read: {ex.Message}");
        }

        if (verifiedText is null)
        {
            return new Finding(SnapshotStatus.Missing, null, [], null);
        }

        JsonNode verified;
        try
        {
            verified = SnapshotJson.Parse(verifiedText, verifiedPath);
        }
        catch (ClaimCheckException ex) when (ex.Diagnostic.Id == DiagnosticIds.SnapshotMalformed)
        {
            return Finding.Malformed(ex.Diagnostic.Message);
        }

        // The received side is compared as it will be stored, so what matched is exactly what a reviewer would see.
        IReadOnlyList<SnapshotDifference> differences =
            SnapshotComparer.Compare(verified, SnapshotJson.Parse(receivedText, "the received snapshot"), _settings);
        return differences.Count == 0
            ? new Finding(SnapshotStatus.Matched, verifiedText, differences, null)
            : new Finding(SnapshotStatus.Different, verifiedText, differences, null);
    }

    /// <summary>What the verified file said about the received snapshot, before anything is written.</summary>
    private sealed record Finding(SnapshotStatus Status, string? VerifiedText, IReadOnlyList<SnapshotDifference> Differences, string? Problem)
    {
        public static Finding Malformed(string problem) => new(SnapshotStatus.Malformed, null, [], problem);

        public string? DiagnosticId => Status switch
        {
            SnapshotStatus.Missing => DiagnosticIds.SnapshotMissing,
            SnapshotStatus.Different => DiagnosticIds.SnapshotDiffers,
            SnapshotStatus.Malformed => DiagnosticIds.SnapshotMalformed,
            _ => null,
        };

        public string Diff(string receivedText) => SnapshotDiff.Render(VerifiedText ?? "", receivedText, Differences);
    }
}
