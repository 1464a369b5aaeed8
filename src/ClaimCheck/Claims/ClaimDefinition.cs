using ClaimCheck.Evidence;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Evidence.HeldOut;

namespace ClaimCheck.Claims;

/// <summary>A claim: subject + concept + kind + the evidence demanded. Built from attributes or the fluent API.</summary>
public sealed record ClaimDefinition
{
    /// <summary>A stable identifier, <c>{Class}.{Method}</c> for attribute claims; it names the snapshot file.</summary>
    public required string Id { get; init; }

    /// <summary>The claim in words, e.g. "unit 3 of the bottleneck means stripes".</summary>
    public required string Text { get; init; }

    /// <summary>What the claim points at.</summary>
    public required Subject Subject { get; init; }

    /// <summary>The concept's name in the audit target's library.</summary>
    public required string Concept { get; init; }

    /// <summary>What the claim says.</summary>
    public ClaimKind Kind { get; init; } = ClaimKind.Means;

    /// <summary>Held-out evidence demanded, or null.</summary>
    public HeldOutSettings? HeldOut
    {
        get => Demands.Get<HeldOutSettings>(HeldOutEvidenceKind.Key);
        init => Demands = Demands.With(HeldOutEvidenceKind.Key, value);
    }

    /// <summary>Ablation evidence demanded, or null.</summary>
    public AblationSettings? Ablation
    {
        get => Demands.Get<AblationSettings>(AblationEvidenceKind.Key);
        init => Demands = Demands.With(AblationEvidenceKind.Key, value);
    }

    /// <summary>Targeted-edit evidence demanded, or null (its seed is derived from the claim's).</summary>
    public EditSettings? Edits
    {
        get => Demands.Get<EditSettings>(EditEvidenceKind.Key);
        init => Demands = Demands.With(EditEvidenceKind.Key, value);
    }

    /// <summary>Every kind of evidence demanded, by kind name: the properties above are views of it.</summary>
    internal EvidenceMap Demands { get; init; } = EvidenceMap.Empty;

    /// <summary>
    /// A recorded counterexample to replay (kind, case index, size, shrink path; the seed is the claim's edit seed),
    /// or null. Replay rebuilds and rescores exactly that case and reports it (CLM2004).
    /// </summary>
    public ReplayRequest? Replay { get; init; }

    /// <summary>
    /// The run seed. Each claim derives its own seed from it and its <see cref="Id"/>, so adding a claim does not
    /// shift the random draws of another.
    /// </summary>
    public ulong Seed { get; init; } = DefaultSeed;

    /// <summary>The outcome the claim is documented to produce, or null.</summary>
    public ExpectedOutcome? Expected { get; init; }

    /// <summary>The default run seed.</summary>
    public const ulong DefaultSeed = 20261124;
}
