using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Running;

/// <summary>The outcome of evaluating one claim: the verdict, the diagnostics behind it and the evidence measured.</summary>
public sealed record ClaimResult
{
    /// <summary>The claim evaluated.</summary>
    public required ClaimDefinition Claim { get; init; }

    /// <summary>The audit target's name.</summary>
    public required string TargetName { get; init; }

    /// <summary>The verdict.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>Findings, in the order they were made.</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>The held-out evidence, or null when it could not be measured.</summary>
    public HeldOutEvidence? HeldOut
    {
        get => Measured.Get<HeldOutEvidence>(HeldOutEvidenceKind.Key);
        init => Measured = Measured.With(HeldOutEvidenceKind.Key, value);
    }

    /// <summary>The ablation evidence, or null when none was demanded or it could not be measured.</summary>
    public AblationEvidence? Ablation
    {
        get => Measured.Get<AblationEvidence>(AblationEvidenceKind.Key);
        init => Measured = Measured.With(AblationEvidenceKind.Key, value);
    }

    /// <summary>The targeted-edit evidence and counterexample pictures, or null when none was demanded.</summary>
    public EditRun? Edits
    {
        get => Measured.Get<EditRun>(EditEvidenceKind.Key);
        init => Measured = Measured.With(EditEvidenceKind.Key, value);
    }

    /// <summary>Every kind of evidence measured (as judged), by kind name: the properties above are views of it.</summary>
    internal EvidenceMap Measured { get; init; } = EvidenceMap.Empty;

    /// <summary>The kinds whose null comparison the verdict waits on, undecided at their level: the family measures them again with more draws.</summary>
    internal IReadOnlyList<string> UndecidedNulls { get; init; } = [];

    /// <summary>How the claim's family adjusted its p-values, or null for a claim judged alone.</summary>
    public FamilyOutcome? Family { get; init; }

    /// <summary>The seed this claim's random draws derive from (run seed mixed with the claim's ID).</summary>
    public required ulong ClaimSeed { get; init; }

    /// <summary>Fingerprint of the model's weights, or null when the target could not be built.</summary>
    public string? ModelFingerprint { get; init; }

    /// <summary>Fingerprints of the data splits, by name.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> SplitFingerprints { get; init; } = [];

    /// <summary>Whether any diagnostic is an error (the claim could not be evaluated as declared).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
