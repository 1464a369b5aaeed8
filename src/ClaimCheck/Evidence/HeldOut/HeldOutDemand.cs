using ClaimCheck.Claims;

namespace ClaimCheck.Evidence.HeldOut;

/// <summary>
/// A claim's held-out settings, kept in its demands under this kind's name: the claim is defined below the kinds, so
/// each kind gives it its typed view.
/// </summary>
public static class HeldOutDemand
{
    extension(ClaimDefinition claim)
    {
        /// <summary>Held-out evidence demanded, or null.</summary>
        public HeldOutSettings? HeldOut => claim.Demands.Get<HeldOutSettings>(HeldOutEvidenceKind.Key);

        /// <summary>The claim demanding held-out evidence with <paramref name="settings"/> (none when null).</summary>
        /// <param name="settings">The settings, or null to demand none.</param>
        public ClaimDefinition WithHeldOut(HeldOutSettings? settings) =>
            claim with { Demands = claim.Demands.With(HeldOutEvidenceKind.Key, settings) };
    }
}
