using ClaimCheck.Claims;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>
/// A claim's ablation settings, kept in its demands under this kind's name: the claim is defined below the kinds, so
/// each kind gives it its typed view.
/// </summary>
public static class AblationDemand
{
    extension(ClaimDefinition claim)
    {
        /// <summary>Ablation evidence demanded, or null.</summary>
        public AblationSettings? Ablation => claim.Demands.Get<AblationSettings>(AblationEvidenceKind.Key);

        /// <summary>The claim demanding ablation evidence with <paramref name="settings"/> (none when null).</summary>
        /// <param name="settings">The settings, or null to demand none.</param>
        public ClaimDefinition WithAblation(AblationSettings? settings) =>
            claim with { Demands = claim.Demands.With(AblationEvidenceKind.Key, settings) };
    }
}
