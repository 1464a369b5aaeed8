using System.Collections.Concurrent;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Running;

/// <summary>
/// Remembers which claim wrote which snapshot file in this process, so two different claims that would share a
/// snapshot (the analyzer's CLM0012; fluent claims can collide too) are reported instead of overwriting each other.
/// </summary>
internal static class SnapshotOwners
{
    private static readonly ConcurrentDictionary<string, ClaimDefinition> Owners = new(StringComparer.Ordinal);

    /// <summary>Registers the declaration's snapshot; CLM0012 when a different claim already owns it.</summary>
    public static void Claim(ClaimDeclaration declaration)
    {
        string key = Path.Combine(Path.GetFullPath(declaration.SnapshotDirectory), declaration.Definition.Id);
        ClaimDefinition owner = Owners.GetOrAdd(key, declaration.Definition);
        if (!SameClaim(owner, declaration.Definition))
        {
            throw new ClaimCheckException(DiagnosticIds.SnapshotNameCollision,
                $"claims '{owner.Text}' and '{declaration.Definition.Text}' would both write snapshot '{declaration.Definition.Id}' in {declaration.SnapshotDirectory}; give them different IDs");
        }
    }

    // A claim is who it is by what it says; the same claim rerun with other settings (a tightened bar) is not a
    // collision but a change, which the snapshot comparison reports.
    private static bool SameClaim(ClaimDefinition a, ClaimDefinition b) =>
        a.Text == b.Text && a.Subject == b.Subject && a.Concept == b.Concept && a.Kind == b.Kind;
}
