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

    /// <summary>
    /// Every kind of evidence demanded, by kind name. Each kind reads and writes its own entry through its namespace's
    /// typed view (<c>claim.HeldOut</c>, <c>claim.Ablation</c>, <c>claim.Edits</c>, <c>claim.Replay</c>), so a claim
    /// does not depend on the kinds above it.
    /// </summary>
    internal EvidenceMap Demands { get; init; } = EvidenceMap.Empty;

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
