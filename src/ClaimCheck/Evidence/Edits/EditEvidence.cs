using ClaimCheck.Diagnostics;

namespace ClaimCheck.Evidence.Edits;

/// <summary>The targeted-edit evidence of one claim: the thresholds, each kind's evidence and the diagnostics.</summary>
public sealed record EditEvidence
{
    /// <summary>The subject, e.g. "unit 3 of bottleneck".</summary>
    public required string Subject { get; init; }

    /// <summary>The concept edited.</summary>
    public required string Concept { get; init; }

    /// <summary>Δ, δ and ε.</summary>
    public required EditThresholds Thresholds { get; init; }

    /// <summary>The seed the cases derive from.</summary>
    public required ulong Seed { get; init; }

    /// <summary>Whether strict mode was on.</summary>
    public required bool Strict { get; init; }

    /// <summary>One entry per kind checked, in the settings' order (empty when Δ was unusable).</summary>
    public required IReadOnlyList<EditKindEvidence> Kinds { get; init; }

    /// <summary>CLM2xxx findings.</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>Whether every kind passed.</summary>
    public bool Passed => Kinds.Count > 0 && Kinds.All(k => k.Outcome == EditOutcome.Passed);

    /// <summary>The evidence of <paramref name="kind"/>, or null when it was not checked.</summary>
    public EditKindEvidence? For(EditKind kind) => Kinds.FirstOrDefault(k => k.Kind == kind);
}
