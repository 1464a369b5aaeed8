using System.Reflection;
using System.Text.Json.Nodes;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Targets;

namespace ClaimCheck.Evidence;

/// <summary>
/// The contract every kind of evidence implements (held-out data, targeted edits, ablation, steering): how a claim
/// declares it, how its settings are checked, how it is measured on the audit target, which p-values its Holds needs
/// (so the family adjusts them without knowing the kind), how it decides, and how it is written into the verdict
/// document. The pipeline only iterates over the registry (<c>Running.EvidenceKinds.All</c>); nothing outside a kind's folder knows it.
/// A kind derives from <see cref="EvidenceKind{TSettings, TEvidence}"/>, which gives these members types.
/// </summary>
internal interface IEvidenceKind
{
    /// <summary>The kind's key in a claim's demands, a result's evidence and the verdict document, e.g. "heldOut".</summary>
    string Name { get; }

    /// <summary>The diagnostic IDs the kind defines beyond the shared ones (so expectations may name them).</summary>
    IReadOnlyCollection<string> OwnIds { get; }

    /// <summary>Whether this evidence decides claims of <paramref name="kind"/> (the others only add to it).</summary>
    bool IsPrimaryFor(ClaimKind kind);

    /// <summary>The declaration error of a claim of a kind this evidence is primary for that does not demand it.</summary>
    Diagnostic MissingPrimary(ClaimDefinition claim);

    /// <summary>The settings declared by attributes on the method (layered over its class and assembly), or null.</summary>
    object? Read(MethodInfo method, Type type);

    /// <summary>Every problem of the settings the claim demands (empty when they are valid).</summary>
    IEnumerable<Diagnostic> Validate(ClaimDefinition claim);

    /// <summary>The claim with this kind's null draws set by <paramref name="draws"/> (declared, α → draws), if it has a null.</summary>
    ClaimDefinition WithNullDraws(ClaimDefinition claim, Func<int, double, int> draws);

    /// <summary>Measures the evidence on the target; throws <see cref="ClaimCheckException"/> for what it cannot measure.</summary>
    object Measure(AuditTarget target, ClaimDefinition claim, ulong claimSeed);

    /// <summary>The p-values of the null comparisons this evidence needs beaten for the claim to hold.</summary>
    IEnumerable<double> ConfirmatoryP(object evidence);

    /// <summary>Whether a null comparison of the evidence is too close to its level to decide with the draws made.</summary>
    bool NullUndecided(ClaimDefinition claim, object evidence);

    /// <summary>Decides on the evidence with its confirmatory p-values multiplied by <paramref name="familyFactor"/>.</summary>
    EvidenceDecision Decide(ClaimDefinition claim, object evidence, double familyFactor);

    /// <summary>The kind's section of the verdict document.</summary>
    JsonObject Section(ClaimDefinition claim, object evidence, Rounding round, bool inFamily);

    /// <summary>The headline figures reports show beside the verdict (full-precision attachment only).</summary>
    IEnumerable<EvidenceFigure> KeyFigures(ClaimDefinition claim, object evidence, bool inFamily);

    /// <summary>The plots with this kind's entry filled in from the evidence (full-precision attachment only).</summary>
    EvidencePlots AddPlotData(EvidencePlots plots, object evidence);

    /// <summary>
    /// The kind's comparison of the subject's figure with its null draws, read from <paramref name="plots"/>, or null
    /// when the kind has none (or wrote no entry): the report draws every kind's the same way.
    /// </summary>
    INullComparisonPlot? NullComparison(EvidencePlots plots);

    /// <summary>Adds the seeds the evidence drew from to the document's seeds (evidence null when not measured).</summary>
    void AddSeeds(JsonObject seeds, object? evidence);
}
