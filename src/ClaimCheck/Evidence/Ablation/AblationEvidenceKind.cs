using System.Reflection;
using System.Text.Json.Nodes;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>
/// Ablation evidence: the subject removed at its layer, the change of a readout measured with and without the
/// concept, against the same ablation of random units or directions. Primary for Drives (cause, which only an
/// intervention shows); secondary for the others.
/// </summary>
internal sealed class AblationEvidenceKind : EvidenceKind<AblationSettings, AblationEvidence>
{
    /// <summary>The kind's key.</summary>
    public const string Key = "ablation";

    /// <inheritdoc/>
    public override string Name => Key;

    /// <inheritdoc/>
    public override bool IsPrimaryFor(ClaimKind kind) => kind == ClaimKind.Drives;

    /// <inheritdoc/>
    public override Diagnostic MissingPrimary(ClaimDefinition claim) => new(DiagnosticIds.DrivesNeedsAblation, Severity.Error,
        $"claim '{claim.Id}' says its subject drives '{claim.Concept}', which only ablation evidence can show; held-out data shows selectivity, not cause");

    /// <inheritdoc/>
    public override object? Read(MethodInfo method, Type type) => SettingsAttributes.On<ISettingsAttribute<AblationSettings>>(method)?.ToSettings();

    /// <summary>An ablation that cannot act on the subject is a declaration error, found before any readout or layer is looked up.</summary>
    protected override IEnumerable<Diagnostic> Validate(ClaimDefinition claim, AblationSettings settings) =>
        Problems.Of(() => AblationSubject.RequireFit(claim.Subject, settings.Engine.Kind)).Concat(Problems.Of(settings.Validate));

    /// <inheritdoc/>
    protected override AblationSettings WithNullDraws(AblationSettings settings, Func<int, double, int> draws) =>
        settings with { Engine = settings.Engine with { NullDraws = draws(settings.Engine.NullDraws, settings.Alpha) } };

    /// <inheritdoc/>
    protected override AblationEvidence Measure(AuditTarget target, ClaimDefinition claim, AblationSettings settings, ulong claimSeed) =>
        AblationCheck.Measure(target, claim.Subject, target.Readout(settings.Readout), claim.Concept,
            WithCounterparts(settings.Engine, target, claim.Concept), SeededRandom.Derive(claimSeed, "ablation"));

    /// <inheritdoc/>
    protected override IEnumerable<double> ConfirmatoryP(AblationEvidence evidence) => [evidence.Null.P];

    /// <inheritdoc/>
    protected override bool NullUndecided(AblationSettings settings, AblationEvidence evidence) => AblationVerdictRules.NullUndecided(evidence, settings);

    /// <inheritdoc/>
    protected override EvidenceDecision Decide(ClaimDefinition claim, AblationSettings settings, AblationEvidence evidence, double familyFactor)
    {
        AblationEvidence adjusted = Adjusted(evidence, familyFactor);
        int minExamples = claim.HeldOut?.MinExamples ?? new HeldOutSettings().MinExamples;
        (Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) = AblationVerdictRules.Decide(adjusted, settings, minExamples, claim.Subject.Describe());
        return new EvidenceDecision(verdict, diagnostics, adjusted, HeldWhereFormed: false, AblationVerdictRules.WaitsOnNull(adjusted, settings, minExamples));
    }

    /// <summary>The evidence with its null p multiplied by the family's factor.</summary>
    internal static AblationEvidence Adjusted(AblationEvidence evidence, double factor) =>
        factor == 1 ? evidence : evidence with { Null = evidence.Null with { AdjustedP = Math.Min(1, evidence.Null.P * factor) } };

    /// <inheritdoc/>
    protected override JsonObject Section(AblationSettings settings, AblationEvidence evidence, Rounding round, bool inFamily) =>
        AblationDocument.Section(evidence, settings, round, inFamily);

    /// <summary>The effect where the concept is present, with its interval and null p, and the specificity.</summary>
    protected override IEnumerable<EvidenceFigure> KeyFigures(AblationSettings settings, AblationEvidence evidence, bool inFamily) =>
    [
        new("ablation", $"{settings.Engine.Kind} ablation effect, concept present",
            $"{Figures.ScoreWithInterval(evidence.Positives.Mean, evidence.Positives.MeanInterval)}, null p = {Figures.P(evidence.Null.P)}{EvidenceFigures.Adjusted(inFamily, evidence.Null.AdjustedP)}"),
        new("ablation", "specificity (present − absent)", Figures.ScoreWithInterval(evidence.Specificity, evidence.SpecificityInterval)),
    ];

    /// <inheritdoc/>
    protected override EvidencePlots AddPlotData(EvidencePlots plots, AblationEvidence evidence) =>
        AblationDocument.PlotData(evidence).Into(plots);

    /// <inheritdoc/>
    public override INullComparisonPlot? NullComparison(EvidencePlots plots) => AblationPlot.In(plots);

    /// <summary>Only where ablation ran, so snapshots of claims without it have no such key.</summary>
    protected override void AddSeeds(JsonObject seeds, AblationEvidence? evidence)
    {
        if (evidence is not null)
        {
            seeds["ablation"] = Rounding.Hex(evidence.Seed);
        }
    }

    // Patching takes each input's activations from its counterpart with the concept edited out; the target edits.
    private static AblationEngineSettings WithCounterparts(AblationEngineSettings spec, AuditTarget target, string concept) =>
        spec.Kind != AblationKind.Patch || spec.Counterparts is not null
            ? spec
            : spec with { Counterparts = split => target.Counterparts(split, concept) ?? throw new ClaimCheckException(DiagnosticIds.PatchCounterpartsMissing,
                $"patching needs each input with '{concept}' edited out, and the audit target '{target.Name}' provides none (override Counterparts)") };
}
