using ClaimCheck.Claims;

namespace ClaimCheck.Running;

/// <summary>A claim as declared in code: its definition, the audit target it is about and where its snapshot lives.</summary>
/// <param name="Definition">The claim.</param>
/// <param name="TargetType">The audit target type (a subclass of <see cref="Targets.AuditTarget"/>).</param>
/// <param name="SnapshotDirectory">The folder of the claim's <c>.verified.json</c> (beside the declaring source file).</param>
public sealed record ClaimDeclaration(ClaimDefinition Definition, Type TargetType, string SnapshotDirectory);
