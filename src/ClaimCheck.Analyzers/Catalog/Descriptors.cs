using Microsoft.CodeAnalysis;

namespace ClaimCheck.Analyzers;

/// <summary>
/// Every rule the analyzers report, with its title, message, default severity and documentation link. Titles are the
/// titles of the rule pages (a test keeps them equal); messages follow the run-time messages where the check is the
/// same, so a mistake reads the same in the build and in the test run.
/// </summary>
public static class Descriptors
{
    private const string Category = "ClaimCheck";

    /// <summary>Where the rule pages live; a descriptor's help link is this plus <c>{ID}.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/claimcheck/claimcheck/blob/main/docs/rules/";

    /// <summary>CLM0001.</summary>
    public static readonly DiagnosticDescriptor NoSubject = Create(
        DiagnosticIds.NoSubject,
        "Claim names no subject",
        "claim '{0}' names no subject; add [Unit], [Units], [Direction] or [Latent]",
        DiagnosticSeverity.Error,
        "A claim is about one unit, unit set or direction of a layer; without one there is nothing to score against the concept.");

    /// <summary>CLM0002.</summary>
    public static readonly DiagnosticDescriptor NoConcept = Create(
        DiagnosticIds.NoConcept,
        "Claim names no concept",
        "claim '{0}' {1}",
        DiagnosticSeverity.Error,
        "A label is only testable against a labeller: the claim must name a concept of the audit target's library.");

    /// <summary>CLM0003.</summary>
    public static readonly DiagnosticDescriptor NoEvidence = Create(
        DiagnosticIds.NoEvidence,
        "Claim demands no usable evidence",
        "claim '{0}' demands no evidence; add [HeldOut] to the method ([HeldOut] on the class or assembly only sets defaults)",
        DiagnosticSeverity.Error,
        "A claim without evidence would pass by default, which is how unchecked labels spread.");

    /// <summary>CLM0004.</summary>
    public static readonly DiagnosticDescriptor NoAuditTarget = Create(
        DiagnosticIds.NoAuditTarget,
        "Claim is bound to no audit target",
        "{0}",
        DiagnosticSeverity.Error,
        "Claims are about a model, its data and its concepts; the class or assembly must name a concrete AuditTarget with a public parameterless constructor.");

    /// <summary>CLM0005.</summary>
    public static readonly DiagnosticDescriptor AmbiguousClaim = Create(
        DiagnosticIds.AmbiguousClaim,
        "Claim is ambiguous",
        "claim '{0}' {1}",
        DiagnosticSeverity.Error,
        "Each claim is one hypothesis with one subject, one kind, one null and one verdict.");

    /// <summary>CLM0006.</summary>
    public static readonly DiagnosticDescriptor DrivesNeedsAblation = Create(
        DiagnosticIds.DrivesNeedsAblation,
        "Drives claim needs ablation evidence",
        "claim '{0}' says its subject drives '{1}', which only ablation evidence can show; held-out data shows selectivity, not cause",
        DiagnosticSeverity.Error,
        "Whether a subject is causally needed for a readout is a question only an intervention answers.");

    /// <summary>CLM0007.</summary>
    public static readonly DiagnosticDescriptor NotAClaim = Create(
        DiagnosticIds.NotAClaim,
        "Method is not a claim",
        "'{0}' carries {1} but no [Claim], so it never runs as a claim",
        DiagnosticSeverity.Error,
        "Subject, concept and evidence attributes only describe a claim; [Claim] is what makes the method one.");

    /// <summary>CLM0010.</summary>
    public static readonly DiagnosticDescriptor HeldOutSettingOutOfRange = Create(
        DiagnosticIds.HeldOutSettingOutOfRange,
        "Held-out setting out of range",
        "HeldOut.{0} = {1} is out of range: it must be {2}",
        DiagnosticSeverity.Error,
        "Each held-out setting guards a statistic; outside its range the verdict would look rigorous and mean nothing.");

    /// <summary>CLM0011.</summary>
    public static readonly DiagnosticDescriptor UnknownExpectedId = Create(
        DiagnosticIds.UnknownExpectedId,
        "Expected diagnostic ID is not in the catalog",
        "'{0}' is not a ClaimCheck diagnostic ID, so the expectation can never be met{1}",
        DiagnosticSeverity.Error,
        "[ExpectVerdict] compares the IDs it names with the ones the claim produces; an ID that does not exist never appears.");

    /// <summary>CLM0012.</summary>
    public static readonly DiagnosticDescriptor SnapshotNameCollision = Create(
        DiagnosticIds.SnapshotNameCollision,
        "Two claims share a snapshot file",
        "claims '{0}' and {2} would share the snapshot file '{1}.verified.json' in one folder; rename one of them",
        DiagnosticSeverity.Error,
        "A claim's snapshot is named {Class}.{Method} in the folder of its source file; two claims with one name would overwrite and judge each other's verdicts.",
        WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>CLM0013.</summary>
    public static readonly DiagnosticDescriptor ClaimCannotRun = Create(
        DiagnosticIds.ClaimCannotRun,
        "Claim method cannot run as a test",
        "claim '{0}' cannot run as a test: {1}",
        DiagnosticSeverity.Error,
        "NUnit runs a claim as a test method: public, not generic, without parameters, returning void, Task or ValueTask.");

    /// <summary>CLM0014.</summary>
    public static readonly DiagnosticDescriptor IdentityLabelWithoutEvidence = Create(
        DiagnosticIds.IdentityLabelWithoutEvidence,
        "Label equates a unit with a concept without evidence",
        "the label \"{0}\" states that a unit is a concept, but claim '{1}' demands no evidence",
        DiagnosticSeverity.Warning,
        "A label such as 'neuron 42 is the stripes neuron' is the strongest thing one can say about a unit; on a claim that demands no evidence it is a guess worded as a finding.");

    /// <summary>CLM0015.</summary>
    public static readonly DiagnosticDescriptor EmptySubjectName = Create(
        DiagnosticIds.EmptySubjectName,
        "Subject names an empty layer or direction",
        "the {0} of [{1}] is empty",
        DiagnosticSeverity.Error,
        "A subject is found by its layer's module path and, for a direction, by its name; an empty one names nothing.");

    /// <summary>CLM5002 (the compile-time part of the run-time check).</summary>
    public static readonly DiagnosticDescriptor UnitOutOfRange = Create(
        DiagnosticIds.UnitOutOfRange,
        "Unit out of range",
        "{0}",
        DiagnosticSeverity.Error,
        "Unit indices are 0-based, and a unit set names each unit once.");

    /// <summary>CLM5041 (the compile-time part of the run-time check).</summary>
    public static readonly DiagnosticDescriptor LatentOutOfRange = Create(
        DiagnosticIds.LatentOutOfRange,
        "Latent out of range",
        "{0}",
        DiagnosticSeverity.Error,
        "Latent indices are 0-based; the dictionary's size is known only at run time.");

    /// <summary>Every descriptor, in ID order.</summary>
    public static DiagnosticDescriptor[] All() =>
    [
        NoSubject, NoConcept, NoEvidence, NoAuditTarget, AmbiguousClaim, DrivesNeedsAblation, NotAClaim,
        HeldOutSettingOutOfRange, UnknownExpectedId, SnapshotNameCollision, ClaimCannotRun, IdentityLabelWithoutEvidence,
        EmptySubjectName, UnitOutOfRange, LatentOutOfRange,
    ];

    /// <summary>The documentation page of <paramref name="id"/>.</summary>
    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    private static DiagnosticDescriptor Create(
        string id, string title, string message, DiagnosticSeverity severity, string description, params string[] tags) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, description, HelpLink(id), tags);
}
