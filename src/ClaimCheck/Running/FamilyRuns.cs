using System.Collections.Concurrent;
using System.Reflection;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Running;

/// <summary>
/// Evaluates each declared family once per process: the first of its claims to run (NUnit runs claims one at a time,
/// fixtures in parallel) evaluates them all, adjusts and decides; the others read their result. Running one claim
/// with a filter therefore still measures its whole family, which its verdict depends on.
/// </summary>
internal static class FamilyRuns
{
    private static readonly ConcurrentDictionary<(Assembly Assembly, string Name), Lazy<IReadOnlyDictionary<string, ClaimResult>>> Runs = new();

    /// <summary>The result of <paramref name="declaration"/> within <paramref name="family"/>.</summary>
    public static ClaimResult ResultFor(ClaimDeclaration declaration, FamilyDeclaration family)
    {
        // One evaluation per family; the Lazy makes every other claim of it wait for that one instead of starting its own.
        Lazy<IReadOnlyDictionary<string, ClaimResult>> run = Runs.GetOrAdd((family.Assembly, family.Family.Name),
            _ => new Lazy<IReadOnlyDictionary<string, ClaimResult>>(() => Evaluate(family), LazyThreadSafetyMode.ExecutionAndPublication));
        return run.Value.TryGetValue(declaration.Definition.Id, out ClaimResult? result)
            ? result
            : throw new ClaimCheckException(DiagnosticIds.InvalidClaimFamily,
                $"claim '{declaration.Definition.Id}' is not among the claims of family '{family.Family.Name}'");
    }

    private static Dictionary<string, ClaimResult> Evaluate(FamilyDeclaration family)
    {
        var members = new List<FamilyMember>();
        foreach (MethodInfo method in family.Members)
        {
            ClaimDeclaration declaration;
            try
            {
                declaration = ClaimReader.Read(method);
            }
            catch (ClaimCheckException)
            {
                // A claim that cannot be read fails its own test before evaluation; it is no hypothesis of the family.
                continue;
            }

            members.Add(new FamilyMember(declaration.Definition, () => AuditTargets.Get(declaration.TargetType), declaration.TargetType.Name));
        }

        IReadOnlyList<ClaimResult> results = FamilyRunner.Run(members, family.Family);
        return results.ToDictionary(r => r.Claim.Id, StringComparer.Ordinal);
    }
}
