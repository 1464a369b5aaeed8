using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Evidence.Edits;

/// <summary>
/// Targeted-edit evidence: inputs edited to add, remove or keep the concept, generated and shrunk by FsCheck, the
/// subject's response judged against the held-out gap. Never primary: it makes a claim that holds Brittle.
/// </summary>
internal sealed class EditEvidenceKind : EvidenceKind<EditSettings, EditRun>
{
    /// <summary>The kind's key.</summary>
    public const string Key = "edits";

    /// <inheritdoc/>
    public override string Name => Key;

    /// <inheritdoc/>
    public override object? Read(MethodInfo method, Type type) => SettingsAttributes.On<ISettingsAttribute<EditSettings>>(method)?.ToSettings();

    /// <summary>δ and ε are fractions of the held-out gap Δ: without held-out evidence there is no scale to judge edits by.</summary>
    protected override IEnumerable<Diagnostic> Validate(ClaimDefinition claim, EditSettings settings) => claim.HeldOut is not null ? [] :
    [
        new Diagnostic(DiagnosticIds.NoEvidence, Severity.Error,
            $"claim '{claim.Id}' demands targeted edits without held-out evidence; edits are scaled by the held-out gap, so add [HeldOut]"),
    ];

    /// <summary>Runs the edits with the claim's edit seed; replays the recorded counterexample the claim asks for.</summary>
    protected override EditRun Measure(AuditTarget target, ClaimDefinition claim, EditSettings settings, ulong claimSeed)
    {
        EditSettings seeded = settings with { Seed = SeededRandom.Derive(claimSeed, "edits") };
        ConceptEditSource source = target.EditsFor(claim.Concept)
            ?? throw new ClaimCheckException(DiagnosticIds.ConceptHasNoEdits,
                $"claim '{claim.Id}' demands targeted edits, but the audit target '{target.Name}' provides no edits for '{claim.Concept}' (override EditsFor)");
        // Δ on the first held-out split scales δ and ε: edits are judged against how far the concept moves the subject.
        EditScale scale = EditGap.Scale(target, claim.Subject, claim.Concept, target.HeldOutSplits[0].Name, seeded.Scale);
        EditRun run = source.Run(target, claim.Subject, scale, seeded);
        if (claim.Replay is { } request)
        {
            var replay = new EditReplay(seeded.Seed, request.Kind, request.CaseIndex, request.Size, request.ShrinkPath);
            run = run with { Replayed = source.Replay(target, claim.Subject, scale, seeded, replay) };
        }

        return run;
    }

    /// <inheritdoc/>
    protected override EvidenceDecision Decide(ClaimDefinition claim, EditSettings settings, EditRun evidence, double familyFactor)
    {
        List<Diagnostic> diagnostics = [.. evidence.Evidence.Diagnostics];
        if (evidence.Replayed is { } replayed)
        {
            diagnostics.Add(new Diagnostic(DiagnosticIds.CounterexampleReplayed, Severity.Info,
                $"replayed {replayed.Replay}: {replayed.Description} (before {replayed.Before.ToString("R", CultureInfo.InvariantCulture)}, after {replayed.After.ToString("R", CultureInfo.InvariantCulture)})"));
        }

        return new EvidenceDecision(EditVerdictRules.Decide(evidence.Evidence), diagnostics, evidence, HeldWhereFormed: false, NullUndecided: false);
    }

    /// <inheritdoc/>
    protected override JsonObject Section(EditSettings settings, EditRun evidence, Rounding round, bool inFamily) =>
        EditDocument.Section(evidence.Evidence, settings, round);

    /// <summary>Per edit kind the failures and the failure rate's interval against its limit.</summary>
    protected override IEnumerable<EvidenceFigure> KeyFigures(EditSettings settings, EditRun evidence, bool inFamily) =>
        evidence.Evidence.Kinds.Select(k => new EvidenceFigure("edits", $"{k.Kind} edits ({k.Outcome})",
            $"{k.Failures}/{k.Cases} fail, rate {Figures.Interval(k.FailureRateInterval)} (limit {Figures.Score(settings.FailureLimit)})"));

    /// <inheritdoc/>
    protected override EvidencePlots AddPlotData(EvidencePlots plots, EditRun evidence) =>
        evidence.Evidence.Kinds.Count > 0 ? EditDocument.PlotData(evidence.Evidence).Into(plots) : plots;

    /// <inheritdoc/>
    protected override void AddSeeds(JsonObject seeds, EditRun? evidence)
    {
        if (evidence is not null)
        {
            seeds["edits"] = Rounding.Hex(evidence.Evidence.Seed);
        }
    }
}
