using System.Reflection;
using System.Text.Json.Nodes;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Targets;

namespace ClaimCheck.Evidence;

/// <summary>
/// <see cref="IEvidenceKind"/> with the kind's settings and evidence types: the casts from the pipeline's untyped map
/// happen here once, so each kind is written against its own types.
/// </summary>
/// <typeparam name="TSettings">What a claim declares (e.g. <see cref="HeldOutSettings"/>).</typeparam>
/// <typeparam name="TEvidence">What the kind measures.</typeparam>
internal abstract class EvidenceKind<TSettings, TEvidence> : IEvidenceKind
    where TSettings : class
    where TEvidence : class
{
    /// <inheritdoc/>
    public abstract string Name { get; }

    /// <inheritdoc/>
    public virtual IReadOnlyCollection<string> OwnIds => [];

    /// <summary>The settings <paramref name="claim"/> demands of this kind, or null.</summary>
    public TSettings? SettingsOf(ClaimDefinition claim) => claim.Demands.Get<TSettings>(Name);

    /// <inheritdoc/>
    public virtual bool IsPrimaryFor(ClaimKind kind) => false;

    /// <inheritdoc/>
    public virtual Diagnostic MissingPrimary(ClaimDefinition claim) =>
        new(DiagnosticIds.NoEvidence, Severity.Error, $"claim '{claim.Id}' demands no {Name} evidence, which a {claim.Kind} claim needs");

    /// <inheritdoc/>
    public abstract object? Read(MethodInfo method, Type type);

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Validate(ClaimDefinition claim) =>
        SettingsOf(claim) is { } settings ? Validate(claim, settings) : [];

    /// <summary>Every problem of <paramref name="settings"/>.</summary>
    protected abstract IEnumerable<Diagnostic> Validate(ClaimDefinition claim, TSettings settings);

    /// <inheritdoc/>
    public ClaimDefinition WithNullDraws(ClaimDefinition claim, Func<int, double, int> draws) =>
        SettingsOf(claim) is { } settings ? claim with { Demands = claim.Demands.With(Name, WithNullDraws(settings, draws)) } : claim;

    /// <summary>The settings with their null draws set; unchanged for a kind without a null.</summary>
    protected virtual TSettings WithNullDraws(TSettings settings, Func<int, double, int> draws) => settings;

    /// <inheritdoc/>
    public object Measure(AuditTarget target, ClaimDefinition claim, ulong claimSeed) => Measure(target, claim, Settings(claim), claimSeed);

    /// <summary>Measures the evidence.</summary>
    protected abstract TEvidence Measure(AuditTarget target, ClaimDefinition claim, TSettings settings, ulong claimSeed);

    /// <inheritdoc/>
    public IEnumerable<double> ConfirmatoryP(object evidence) => ConfirmatoryP((TEvidence)evidence);

    /// <summary>The p-values the claim's Holds needs from this evidence; none for evidence without a null.</summary>
    protected virtual IEnumerable<double> ConfirmatoryP(TEvidence evidence) => [];

    /// <inheritdoc/>
    public bool NullUndecided(ClaimDefinition claim, object evidence) => NullUndecided(Settings(claim), (TEvidence)evidence);

    /// <summary>Whether a null comparison is undecided at its level; never for evidence without a null.</summary>
    protected virtual bool NullUndecided(TSettings settings, TEvidence evidence) => false;

    /// <inheritdoc/>
    public EvidenceDecision Decide(ClaimDefinition claim, object evidence, double familyFactor) =>
        Decide(claim, Settings(claim), (TEvidence)evidence, familyFactor);

    /// <summary>Decides on the evidence, adjusted by the family's factor.</summary>
    protected abstract EvidenceDecision Decide(ClaimDefinition claim, TSettings settings, TEvidence evidence, double familyFactor);

    /// <inheritdoc/>
    public JsonObject Section(ClaimDefinition claim, object evidence, Rounding round, bool inFamily) =>
        Section(Settings(claim), (TEvidence)evidence, round, inFamily);

    /// <summary>The kind's section of the verdict document.</summary>
    protected abstract JsonObject Section(TSettings settings, TEvidence evidence, Rounding round, bool inFamily);

    /// <inheritdoc/>
    public IEnumerable<EvidenceFigure> KeyFigures(ClaimDefinition claim, object evidence, bool inFamily) =>
        KeyFigures(Settings(claim), (TEvidence)evidence, inFamily);

    /// <summary>The kind's headline figures.</summary>
    protected abstract IEnumerable<EvidenceFigure> KeyFigures(TSettings settings, TEvidence evidence, bool inFamily);

    /// <inheritdoc/>
    public EvidencePlots AddPlotData(EvidencePlots plots, object evidence) => AddPlotData(plots, (TEvidence)evidence);

    /// <summary>The plots with this kind's entry filled in (unchanged for a kind that draws none).</summary>
    protected virtual EvidencePlots AddPlotData(EvidencePlots plots, TEvidence evidence) => plots;

    /// <inheritdoc/>
    public virtual INullComparisonPlot? NullComparison(EvidencePlots plots) => null;

    /// <inheritdoc/>
    public void AddSeeds(JsonObject seeds, object? evidence) => AddSeeds(seeds, evidence as TEvidence);

    /// <summary>Adds the evidence's seeds.</summary>
    protected virtual void AddSeeds(JsonObject seeds, TEvidence? evidence)
    {
    }

    private TSettings Settings(ClaimDefinition claim) =>
        SettingsOf(claim) ?? throw new InvalidOperationException($"claim '{claim.Id}' demands no {Name} evidence");
}
