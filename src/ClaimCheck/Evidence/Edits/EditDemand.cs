using ClaimCheck.Claims;

namespace ClaimCheck.Evidence.Edits;

/// <summary>
/// A claim's targeted-edit settings and the counterexample it replays, kept in its demands (the settings under this
/// kind's name, the replay request beside them): the claim is defined below the kinds, so each kind gives it its typed
/// view.
/// </summary>
public static class EditDemand
{
    // The replay request's key in the demands; no kind has this name, so it demands no evidence of its own.
    private const string ReplayKey = EditEvidenceKind.Key + ".replay";

    extension(ClaimDefinition claim)
    {
        /// <summary>Targeted-edit evidence demanded, or null (its seed is derived from the claim's).</summary>
        public EditSettings? Edits => claim.Demands.Get<EditSettings>(EditEvidenceKind.Key);

        /// <summary>
        /// A recorded counterexample to replay (kind, case index, size, shrink path; the seed is the claim's edit seed),
        /// or null. Replay rebuilds and rescores exactly that case and reports it (CLM2004).
        /// </summary>
        public ReplayRequest? Replay => claim.Demands.Get<ReplayRequest>(ReplayKey);

        /// <summary>The claim demanding targeted-edit evidence with <paramref name="settings"/> (none when null).</summary>
        /// <param name="settings">The settings, or null to demand none.</param>
        public ClaimDefinition WithEdits(EditSettings? settings) =>
            claim with { Demands = claim.Demands.With(EditEvidenceKind.Key, settings) };

        /// <summary>The claim replaying <paramref name="request"/> (none when null).</summary>
        /// <param name="request">The counterexample to replay, or null.</param>
        public ClaimDefinition WithReplay(ReplayRequest? request) =>
            claim with { Demands = claim.Demands.With(ReplayKey, request) };
    }
}
