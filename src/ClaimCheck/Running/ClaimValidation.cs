using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence;

namespace ClaimCheck.Running;

/// <summary>Run-time checks of a claim's declaration: the same rules the analyzers apply at compile time, same IDs.</summary>
internal static class ClaimValidation
{
    /// <summary>Every problem of the declaration, in the order the pipeline would meet them (empty when it is valid).</summary>
    public static IReadOnlyList<Diagnostic> Problems(ClaimDefinition claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var problems = new List<Diagnostic>();
        if (string.IsNullOrWhiteSpace(claim.Concept))
        {
            problems.Add(new Diagnostic(DiagnosticIds.NoConcept, Severity.Error, $"claim '{claim.Id}' names no concept"));
        }

        // What a claim says names the evidence that can show it: selectivity only data, cause only an intervention.
        IEvidenceKind primary = EvidenceKinds.PrimaryFor(claim.Kind);
        if (!claim.Demands.Has(primary.Name))
        {
            problems.Add(primary.MissingPrimary(claim));
        }

        foreach (IEvidenceKind kind in EvidenceKinds.DemandedBy(claim))
        {
            problems.AddRange(kind.Validate(claim));
        }

        string? unknown = claim.Expected?.DiagnosticIds.FirstOrDefault(id => !KnownIds.Contains(id));
        if (unknown is not null)
        {
            problems.Add(new Diagnostic(DiagnosticIds.UnknownExpectedId, Severity.Error,
                $"'{unknown}' is not a ClaimCheck diagnostic ID, so the expectation of claim '{claim.Id}' can never be met"));
        }

        return problems;
    }

    private static readonly HashSet<string> KnownIds = typeof(DiagnosticIds)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .Concat(EvidenceKinds.All.SelectMany(k => k.OwnIds))
        .ToHashSet(StringComparer.Ordinal);
}
