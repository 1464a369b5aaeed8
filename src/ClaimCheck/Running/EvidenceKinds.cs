using ClaimCheck.Claims;
using ClaimCheck.Evidence;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Evidence.Steering;

namespace ClaimCheck.Running;

/// <summary>
/// The registered kinds of evidence, in the order they are measured, decided and written into the verdict document.
/// A new kind is one folder and one line here. The registry sits in the pipeline's namespace, above the kinds, so the
/// contract (<see cref="IEvidenceKind"/>) never depends on the kinds that implement it.
/// </summary>
internal static class EvidenceKinds
{
    /// <summary>Every kind, in order.</summary>
    public static IReadOnlyList<IEvidenceKind> All { get; } =
    [
        new HeldOutEvidenceKind(),
        new AblationEvidenceKind(),
        new EditEvidenceKind(),
        new SteeringEvidenceKind(),
    ];

    /// <summary>The kind that decides claims of <paramref name="kind"/>.</summary>
    public static IEvidenceKind PrimaryFor(ClaimKind kind) =>
        All.FirstOrDefault(k => k.IsPrimaryFor(kind)) ?? throw new ArgumentException($"no evidence decides {kind} claims", nameof(kind));

    /// <summary>The kinds <paramref name="claim"/> demands, in order.</summary>
    public static IEnumerable<IEvidenceKind> DemandedBy(ClaimDefinition claim) => All.Where(k => claim.Demands.Has(k.Name));
}
