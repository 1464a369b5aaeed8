using ClaimCheck.Claims;
using ClaimCheck.Targets;

namespace ClaimCheck.Running;

/// <summary>A claim of a family and how to get the audit target it is about.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="Target">Gets the shared target; a <see cref="Diagnostics.ClaimCheckException"/> (CLM5011) makes the claim Inconclusive.</param>
/// <param name="TargetName">The target's name, for the result of a claim whose target could not be built.</param>
internal sealed record FamilyMember(ClaimDefinition Claim, Func<AuditTarget> Target, string TargetName);
