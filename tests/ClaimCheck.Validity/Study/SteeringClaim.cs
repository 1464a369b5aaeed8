using ClaimCheck.Claims;
using ClaimCheck.Evidence.Steering;
using ClaimCheck.Targets;

namespace ClaimCheck.Validity.Study;

/// <summary>What a steering claim of the study is, by construction.</summary>
public enum SteeringTruth
{
    /// <summary>The direction is drawn exactly as the steering null draws its own: a calibrated p is uniform.</summary>
    Null,

    /// <summary>The direction raises the concept's readout and no other concept's: it should hold.</summary>
    Steers,

    /// <summary>The direction raises another concept's readout, not the claimed one's: it should not hold.</summary>
    SteersAnotherConcept,
}

/// <summary>One steering claim of the study: "adding <paramref name="Subject"/> steers <paramref name="Concept"/> through <paramref name="Readout"/>".</summary>
/// <param name="Setting">The setting's name (a row of the report).</param>
/// <param name="Truth">What the claim is by construction.</param>
/// <param name="Subject">The direction.</param>
/// <param name="Concept">The concept claimed.</param>
/// <param name="Readout">The concept's readout.</param>
/// <param name="Settings">The steering settings (dose, side-effect readouts).</param>
public sealed record SteeringClaim(string Setting, SteeringTruth Truth, Subject Subject, string Concept, string Readout, SteeringSettings Settings);

/// <summary>Steering claims that share one audit target, built when the batch runs and disposed after it.</summary>
/// <param name="Describe">The target in words.</param>
/// <param name="Target">Builds the target.</param>
/// <param name="Claims">The claims on it.</param>
public sealed record SteeringBatch(string Describe, Func<AuditTarget> Target, IReadOnlyList<SteeringClaim> Claims);
