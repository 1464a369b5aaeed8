using ClaimCheck.Claims;
using ClaimCheck.Evidence.Steering;

namespace ClaimCheck;

/// <summary>The fluent form of a Steers claim.</summary>
public static class SteeringClaims
{
    /// <summary>
    /// Says the subject steers <paramref name="concept"/>: adding its direction moves the concept's readout (by default
    /// the readout named like the concept) beyond random directions of the same length, and demands steering evidence.
    /// </summary>
    /// <example>
    /// <code>Claim.That(Subjects.Direction("bottleneck", "stripes-readout")).Steers("stripes", s => s with { DecisionStrength = 1 }).Named("Steering.Readout")</code>
    /// </example>
    public static ClaimBuilder Steers(this ClaimBuilder builder, string concept, Func<SteeringSettings, SteeringSettings>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Saying(ClaimKind.Steers, concept).WithDemand(SteeringEvidenceKind.Key, configure is null ? new SteeringSettings() : configure(new SteeringSettings()));
    }
}
