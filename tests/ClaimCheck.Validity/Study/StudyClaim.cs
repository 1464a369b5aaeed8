using ClaimCheck.Claims;

namespace ClaimCheck.Validity.Study;

/// <summary>One claim of the study: the setting it belongs to, its truth by construction and the claim ClaimCheck judges.</summary>
/// <param name="Setting">The setting's name (a row group of the report).</param>
/// <param name="Truth">What the claim is by construction.</param>
/// <param name="Claim">The claim, built with the fluent API exactly as a user would.</param>
public sealed record StudyClaim(string Setting, Truth Truth, ClaimDefinition Claim)
{
    /// <summary>Whether ablation decides the claim (a Drives claim) rather than held-out data (Means).</summary>
    public bool ByAblation => Claim.Kind == ClaimKind.Drives;
}
