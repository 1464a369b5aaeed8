using ClaimCheck.Evidence.Edits;

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
    public HeldOutSpec? HeldOut { get; init; }

    /// <summary>Ablation evidence demanded, or null.</summary>
    public AblationClaimSpec? Ablation { get; init; }

    /// <summary>Targeted-edit evidence demanded, or null (its seed is derived from the claim's).</summary>
    public EditSettings? Edits { get; init; }

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
