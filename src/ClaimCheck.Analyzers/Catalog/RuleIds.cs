namespace ClaimCheck.Analyzers;

/// <summary>
/// The IDs the analyzers report. Where a compile-time rule is the same check as a run-time one it has the same ID
/// (CLM0001–CLM0007, CLM5002); checks only the compiler can make start at CLM0010. Each ID is also a constant of
/// <c>ClaimCheck.Verdicts.DiagnosticIds</c> and has a page at <c>docs/rules/{ID}.md</c>.
/// </summary>
public static class RuleIds
{
    /// <summary>The claim names no subject.</summary>
    public const string NoSubject = "CLM0001";

    /// <summary>The claim names no concept, or an empty one.</summary>
    public const string NoConcept = "CLM0002";

    /// <summary>The claim method carries no [HeldOut].</summary>
    public const string NoEvidence = "CLM0003";

    /// <summary>The claim's class is bound to no audit target, or to a type that is not one.</summary>
    public const string NoAuditTarget = "CLM0004";

    /// <summary>The claim names two subjects or two kinds.</summary>
    public const string AmbiguousClaim = "CLM0005";

    /// <summary>A [Drives] claim without ablation evidence.</summary>
    public const string DrivesNeedsAblation = "CLM0006";

    /// <summary>Claim attributes on a method without [Claim].</summary>
    public const string NotAClaim = "CLM0007";

    /// <summary>A [HeldOut] setting outside its valid range.</summary>
    public const string HeldOutSettingOutOfRange = "CLM0010";

    /// <summary>[ExpectVerdict] names an ID that is not in the catalog.</summary>
    public const string UnknownExpectedId = "CLM0011";

    /// <summary>Two claims would write the same snapshot file.</summary>
    public const string SnapshotNameCollision = "CLM0012";

    /// <summary>The claim method has a shape NUnit cannot run.</summary>
    public const string ClaimCannotRun = "CLM0013";

    /// <summary>The claim's label equates a unit with a concept, and the claim demands no evidence.</summary>
    public const string IdentityLabelWithoutEvidence = "CLM0014";

    /// <summary>A subject attribute names an empty layer or direction.</summary>
    public const string EmptySubjectName = "CLM0015";

    /// <summary>A unit index that no layer has (negative), or an empty or repeating unit set.</summary>
    public const string UnitOutOfRange = "CLM5002";
}
