using ClaimCheck.Claims;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Running;

/// <summary>Run-time checks of a claim's declaration: the same rules the analyzers apply at compile time, same IDs.</summary>
internal static class ClaimValidation
{
    /// <summary>Throws <see cref="ClaimCheckException"/> for the first problem of the declaration.</summary>
    public static void Require(ClaimDefinition claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (string.IsNullOrWhiteSpace(claim.Concept))
        {
            throw new ClaimCheckException(DiagnosticIds.NoConcept, $"claim '{claim.Id}' names no concept");
        }

        if (claim.Kind == ClaimKind.Drives && claim.Ablation is null)
        {
            throw new ClaimCheckException(DiagnosticIds.DrivesNeedsAblation,
                $"claim '{claim.Id}' says its subject drives '{claim.Concept}', which only ablation evidence can show; held-out data shows selectivity, not cause");
        }

        // Means and Detects are claims about selectivity, which only held-out data shows; ablation may add to them.
        if (claim.Kind != ClaimKind.Drives && claim.HeldOut is null)
        {
            throw new ClaimCheckException(DiagnosticIds.NoEvidence,
                $"claim '{claim.Id}' demands no evidence; add held-out evidence ([HeldOut] or .WithHeldOut())");
        }

        if (claim.Ablation is not null)
        {
            // Before any readout or layer is looked up: an ablation that cannot act on the subject is a declaration error.
            AblationSubject.RequireFit(claim.Subject, claim.Ablation.Engine.Kind);
        }

        claim.HeldOut?.Validate();
        claim.Ablation?.Validate();
        if (claim.Edits is not null && claim.HeldOut is null)
        {
            // δ and ε are fractions of the held-out gap Δ: without held-out evidence there is no scale to judge edits by.
            throw new ClaimCheckException(DiagnosticIds.NoEvidence,
                $"claim '{claim.Id}' demands targeted edits without held-out evidence; edits are scaled by the held-out gap, so add [HeldOut]");
        }
        string? unknown = claim.Expected?.DiagnosticIds.FirstOrDefault(id => !KnownIds.Contains(id));
        if (unknown is not null)
        {
            throw new ClaimCheckException(DiagnosticIds.UnknownExpectedId,
                $"'{unknown}' is not a ClaimCheck diagnostic ID, so the expectation of claim '{claim.Id}' can never be met");
        }
    }

    private static readonly HashSet<string> KnownIds = typeof(DiagnosticIds)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);
}
