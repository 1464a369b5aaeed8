using System.Reflection;
using System.Text.Json.Nodes;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Evidence.Steering;

/// <summary>
/// Steering evidence: the subject's direction added to its layer at a range of strengths, the change of the concept's
/// readout against adding random directions of the same length, and the side effects on the other readouts.
/// Primary for Steers claims, which only an intervention that adds (not removes) can show.
/// </summary>
internal sealed class SteeringEvidenceKind : EvidenceKind<SteeringSettings, SteeringEvidence>
{
    /// <summary>The kind's key.</summary>
    public const string Key = "steering";

    /// <inheritdoc/>
    public override string Name => Key;

    /// <inheritdoc/>
    public override IReadOnlyCollection<string> OwnIds { get; } = typeof(SteeringDiagnosticIds)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    /// <inheritdoc/>
    public override bool IsPrimaryFor(ClaimKind kind) => kind == ClaimKind.Steers;

    /// <inheritdoc/>
    public override Diagnostic MissingPrimary(ClaimDefinition claim) => new(DiagnosticIds.NoEvidence, Severity.Error,
        $"claim '{claim.Id}' says its subject steers '{claim.Concept}', which only steering evidence can show; add [Steering] or .Steers(...)");

    /// <inheritdoc/>
    public override object? Read(MethodInfo method, Type type) => SettingsAttributes.On<ISettingsAttribute<SteeringSettings>>(method)?.ToSettings();

    /// <inheritdoc/>
    protected override IEnumerable<Diagnostic> Validate(ClaimDefinition claim, SteeringSettings settings) => settings.Validate();

    /// <inheritdoc/>
    protected override SteeringSettings WithNullDraws(SteeringSettings settings, Func<int, double, int> draws) =>
        settings with { NullDraws = draws(settings.NullDraws, settings.Alpha) };

    /// <inheritdoc/>
    protected override SteeringEvidence Measure(AuditTarget target, ClaimDefinition claim, SteeringSettings settings, ulong claimSeed) =>
        SteeringCheck.Measure(target, claim.Subject, target.Readout(settings.Readout ?? claim.Concept), claim.Concept, settings,
            SeededRandom.Derive(claimSeed, "steering"));

    /// <inheritdoc/>
    protected override IEnumerable<double> ConfirmatoryP(SteeringEvidence evidence) => [evidence.ConfirmatoryP];

    /// <inheritdoc/>
    protected override bool NullUndecided(SteeringSettings settings, SteeringEvidence evidence) =>
        SteeringVerdictRules.NullUndecided(evidence, settings, Factor(evidence));

    /// <inheritdoc/>
    protected override EvidenceDecision Decide(ClaimDefinition claim, SteeringSettings settings, SteeringEvidence evidence, double familyFactor)
    {
        SteeringEvidence adjusted = evidence with { Null = evidence.Null with { AdjustedP = Math.Min(1, evidence.Null.P * familyFactor) } };
        (Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) = SteeringVerdictRules.Decide(adjusted, settings, familyFactor);
        return new EvidenceDecision(verdict, diagnostics, adjusted, HeldWhereFormed: false, SteeringVerdictRules.WaitsOnNull(adjusted, settings, familyFactor));
    }

    /// <inheritdoc/>
    protected override JsonObject Section(SteeringSettings settings, SteeringEvidence evidence, Rounding round, bool inFamily) =>
        SteeringDocument.Section(evidence, settings, round, inFamily);

    /// <summary>The change at the decision strength with its interval and null p, the curve's shape and the worst side effect.</summary>
    protected override IEnumerable<EvidenceFigure> KeyFigures(SteeringSettings settings, SteeringEvidence evidence, bool inFamily) =>
        SteeringDocument.KeyFigures(evidence, inFamily);

    /// <inheritdoc/>
    protected override EvidencePlots AddPlotData(EvidencePlots plots, SteeringEvidence evidence) =>
        SteeringDocument.PlotData(evidence).Into(plots);

    /// <inheritdoc/>
    public override INullComparisonPlot? NullComparison(EvidencePlots plots) => SteeringPlot.In(plots);

    /// <inheritdoc/>
    protected override void AddSeeds(JsonObject seeds, SteeringEvidence? evidence)
    {
        if (evidence is not null)
        {
            seeds["steering"] = Rounding.Hex(evidence.Seed);
        }
    }

    // The factor the family applied, read back from the judged evidence (1 before any decision).
    private static double Factor(SteeringEvidence evidence) =>
        double.IsNaN(evidence.Null.AdjustedP) || evidence.Null.P <= 0 ? 1 : Math.Max(1, evidence.Null.AdjustedP / evidence.Null.P);
}
