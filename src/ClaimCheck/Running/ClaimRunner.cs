using System.Globalization;
using ClaimCheck.Claims;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Running;

/// <summary>Evaluates a claim on an audit target: validates it, measures the evidence and decides the verdict.</summary>
public static class ClaimRunner
{
    /// <summary>
    /// Evaluates <paramref name="claim"/> alone, as a family of one (no adjustment). Bad input never escapes as an
    /// exception: it becomes an Inconclusive verdict with an error diagnostic that says what was wrong. Claims checked
    /// together go through <see cref="FamilyRunner.Run"/>.
    /// </summary>
    public static ClaimResult Run(AuditTarget target, ClaimDefinition claim)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(claim);
        return FamilyRunner.Evaluate([new FamilyMember(claim, () => target, target.Name)], FamilyCorrection.None, family: null)[0];
    }

    /// <summary>What a claim measured before any verdict: its evidence, or the result of a claim that failed.</summary>
    internal sealed record Measurement(
        AuditTarget? Target, ClaimDefinition Claim, ulong ClaimSeed, HeldOutEvidence? HeldOut, AblationEvidence? Ablation,
        EditRun? Edits, Diagnostic? Replayed, ClaimResult? Failed);

    /// <summary>
    /// Measures the claim's evidence, with the null draws its family needs (<see cref="NullDrawBudget"/>, for
    /// <paramref name="familySize"/> claims sharing α).
    /// </summary>
    internal static Measurement Measure(AuditTarget target, ClaimDefinition claim, int familySize)
    {
        ulong claimSeed = SeededRandom.Derive(claim.Seed, claim.Id);
        try
        {
            ClaimValidation.Require(claim);
            claim = WithNullBudget(claim, familySize);
            target.Prepare();
            HeldOutEvidence? heldOut = claim.HeldOut is { } spec ? HeldOutCheck.Measure(target, claim, spec) : null;
            AblationEvidence? ablation = null;
            if (claim.Ablation is { } ablationSpec)
            {
                ablation = AblationCheck.Measure(target, claim.Subject, target.Readout(ablationSpec.Readout), claim.Concept,
                    WithCounterparts(ablationSpec.Engine, target, claim.Concept), SeededRandom.Derive(claimSeed, "ablation"));
            }

            EditRun? edits = null;
            Diagnostic? replayedNote = null;
            if (claim.Edits is { } editSettings)
            {
                edits = MeasureEdits(target, claim, editSettings, claimSeed);
                if (claim.Replay is { } request)
                {
                    EditCounterexample replayed = ReplayEdit(target, claim, editSettings, claimSeed, request);
                    edits = edits with { Replayed = replayed };
                    replayedNote = new Diagnostic(DiagnosticIds.CounterexampleReplayed, Severity.Info,
                        $"replayed {replayed.Replay}: {replayed.Description} (before {replayed.Before.ToString("R", CultureInfo.InvariantCulture)}, after {replayed.After.ToString("R", CultureInfo.InvariantCulture)})");
                }
            }

            return new Measurement(target, claim, claimSeed, heldOut, ablation, edits, replayedNote, null);
        }
        catch (ClaimCheckException e)
        {
            return new Measurement(target, claim, claimSeed, null, null, null, null, Result(target, claim, claimSeed, Verdict.Inconclusive, [e.Diagnostic], null));
        }
        catch (Exception e) when (EvaluationFailure.IsClaims(e))
        {
            // An exception no rule describes stays on this claim, as CLM5014 naming it, and never reaches its family.
            return new Measurement(target, claim, claimSeed, null, null, null, null,
                Result(target, claim, claimSeed, Verdict.Inconclusive, [EvaluationFailure.Of(claim, e)], null));
        }
    }

    /// <summary>
    /// Measures the held-out and/or ablation evidence again with <see cref="NullDrawBudget.EscalationFactor"/> times as many
    /// null draws (the first draws are the same: every null draws from one seeded stream), keeping the rest.
    /// </summary>
    internal static Measurement Remeasure(Measurement measured, bool heldOut, bool ablation)
    {
        ClaimDefinition claim = measured.Claim;
        AuditTarget target = measured.Target!;
        try
        {
            if (heldOut && claim.HeldOut is { } spec)
            {
                claim = claim with { HeldOut = spec with { NullDirections = NullDrawBudget.Escalate(spec.NullDirections) } };
                measured = measured with { Claim = claim, HeldOut = HeldOutCheck.Measure(target, claim, claim.HeldOut!) };
            }

            if (ablation && claim.Ablation is { } ablationSpec)
            {
                claim = claim with { Ablation = ablationSpec with { Engine = ablationSpec.Engine with { NullDraws = NullDrawBudget.Escalate(ablationSpec.Engine.NullDraws) } } };
                measured = measured with
                {
                    Claim = claim,
                    Ablation = AblationCheck.Measure(target, claim.Subject, target.Readout(ablationSpec.Readout), claim.Concept,
                        WithCounterparts(claim.Ablation!.Engine, target, claim.Concept), SeededRandom.Derive(measured.ClaimSeed, "ablation")),
                };
            }

            return measured;
        }
        catch (ClaimCheckException e)
        {
            return measured with { Failed = Result(target, claim, measured.ClaimSeed, Verdict.Inconclusive, [e.Diagnostic], null) };
        }
        catch (Exception e) when (EvaluationFailure.IsClaims(e))
        {
            return measured with { Failed = Result(target, claim, measured.ClaimSeed, Verdict.Inconclusive, [EvaluationFailure.Of(claim, e)], null) };
        }
    }

    /// <summary>
    /// Decides the verdict from measured evidence, with every confirmatory p-value (held-out splits, ablation)
    /// multiplied by <paramref name="familyFactor"/>, the claim's family adjustment (1 for a claim judged alone).
    /// </summary>
    internal static ClaimResult Decide(Measurement measured, double familyFactor, FamilyOutcome? family)
    {
        if (measured.Failed is { } failed)
        {
            return failed with { Family = family };
        }

        ClaimDefinition claim = measured.Claim;
        (Verdict verdict, List<Diagnostic> diagnostics, HeldOutEvidence? heldOut, AblationEvidence? ablation) = Judge(measured, familyFactor);
        if (familyFactor != 1 && family is not null)
        {
            Verdict unadjusted = Judge(measured, 1).Verdict;
            if (unadjusted != verdict)
            {
                // Says in the verdict itself that the family, not the claim's own evidence, moved it.
                diagnostics.Add(new Diagnostic(DiagnosticIds.DecidedByFamilyAdjustment, Severity.Info,
                    $"the family adjustment decides this verdict: {unadjusted} on the claim's raw p-values, {verdict} with them adjusted ({family.Correction}, {family.Size} claims of family '{family.Name}': p = {Figures.P(family.P)} becomes {Figures.P(family.AdjustedP)})"));
            }
        }

        return Result(measured.Target!, claim, measured.ClaimSeed, verdict, diagnostics, heldOut) with
        {
            Ablation = ablation,
            Edits = measured.Edits,
            Family = family,
        };
    }

    private static (Verdict Verdict, List<Diagnostic> Diagnostics, HeldOutEvidence? HeldOut, AblationEvidence? Ablation) Judge(Measurement measured, double familyFactor)
    {
        ClaimDefinition claim = measured.Claim;
        var diagnostics = new List<Diagnostic>();
        HeldOutEvidence? heldOut = null;
        Verdict? heldOutVerdict = null;
        if (measured.HeldOut is { } heldOutEvidence && claim.HeldOut is { } spec)
        {
            heldOut = FamilyAdjustment.Apply(heldOutEvidence, spec, familyFactor);
            (Verdict verdict, IReadOnlyList<Diagnostic> found) = HeldOutVerdictRules.Decide(heldOut, spec, claim.Kind, claim.Concept);
            heldOutVerdict = verdict;
            diagnostics.AddRange(found);
        }

        AblationEvidence? ablation = null;
        Verdict? ablationVerdict = null;
        if (measured.Ablation is { } ablationEvidence && claim.Ablation is { } ablationSpec)
        {
            ablation = FamilyAdjustment.Apply(ablationEvidence, familyFactor);
            (Verdict verdict, IReadOnlyList<Diagnostic> found) = AblationVerdictRules.Decide(ablation, ablationSpec,
                claim.HeldOut?.MinExamples ?? new HeldOutSpec().MinExamples, claim.Subject.Describe());
            ablationVerdict = verdict;
            diagnostics.AddRange(found);
        }

        Verdict? editVerdict = null;
        if (measured.Edits is { } edits)
        {
            editVerdict = EditVerdictRules.Decide(edits.Evidence);
            diagnostics.AddRange(edits.Evidence.Diagnostics);
            if (measured.Replayed is { } replayed)
            {
                diagnostics.Add(replayed);
            }
        }

        // Where the held-out evidence is primary, it held where the claim was formed when that split passed.
        bool heldWhereFormed = claim.Kind != ClaimKind.Drives && heldOut is not null && (heldOut.Discovery ?? heldOut.HeldOut[0]).Status == SplitStatus.Pass;
        return (EvidenceCombination.Combine(claim.Kind, heldOutVerdict, ablationVerdict, editVerdict, heldWhereFormed), diagnostics, heldOut, ablation);
    }

    // The family's size raises the null draws so its strictest level stays reachable; the claim records what ran.
    private static ClaimDefinition WithNullBudget(ClaimDefinition claim, int familySize) => claim with
    {
        HeldOut = claim.HeldOut is { } spec
            ? spec with { NullDirections = NullDrawBudget.Draws(spec.NullDirections, spec.Alpha, familySize) }
            : null,
        Ablation = claim.Ablation is { } ablation
            ? ablation with { Engine = ablation.Engine with { NullDraws = NullDrawBudget.Draws(ablation.Engine.NullDraws, ablation.Alpha, familySize) } }
            : null,
    };

    // Patching takes each input's activations from its counterpart with the concept edited out; the target edits.
    private static AblationSpec WithCounterparts(AblationSpec spec, AuditTarget target, string concept) =>
        spec.Kind != AblationKind.Patch || spec.Counterparts is not null
            ? spec
            : spec with { Counterparts = split => target.Counterparts(split, concept) ?? throw new ClaimCheckException(DiagnosticIds.PatchCounterpartsMissing,
                $"patching needs each input with '{concept}' edited out, and the audit target '{target.Name}' provides none (override Counterparts)") };

    private static EditRun MeasureEdits(AuditTarget target, ClaimDefinition claim, EditSettings settings, ulong claimSeed) =>
        EditSource(target, claim).Run(target, claim.Subject, EditScaleOf(target, claim, settings), EditSettingsOf(settings, claimSeed));

    private static EditCounterexample ReplayEdit(AuditTarget target, ClaimDefinition claim, EditSettings settings, ulong claimSeed, ReplayRequest request)
    {
        EditSettings seeded = EditSettingsOf(settings, claimSeed);
        var replay = new EditReplay(seeded.Seed, request.Kind, request.CaseIndex, request.Size, request.ShrinkPath);
        return EditSource(target, claim).Replay(target, claim.Subject, EditScaleOf(target, claim, seeded), seeded, replay);
    }

    private static ConceptEditSource EditSource(AuditTarget target, ClaimDefinition claim) =>
        target.EditsFor(claim.Concept)
        ?? throw new ClaimCheckException(DiagnosticIds.ConceptHasNoEdits,
            $"claim '{claim.Id}' demands targeted edits, but the audit target '{target.Name}' provides no edits for '{claim.Concept}' (override EditsFor)");

    // Δ on the first held-out split scales δ and ε: edits are judged against how far the concept moves the subject.
    private static EditScale EditScaleOf(AuditTarget target, ClaimDefinition claim, EditSettings settings) =>
        EditGap.Scale(target, claim.Subject, claim.Concept, target.HeldOutSplits[0].Name, settings.Scale);

    private static EditSettings EditSettingsOf(EditSettings settings, ulong claimSeed) =>
        settings with { Seed = SeededRandom.Derive(claimSeed, "edits") };

    /// <summary>The result for a claim whose audit target could not be built.</summary>
    public static ClaimResult TargetFailed(ClaimDefinition claim, string targetName, Diagnostic error)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new ClaimResult
        {
            Claim = claim,
            TargetName = targetName,
            Verdict = Verdict.Inconclusive,
            Diagnostics = [error],
            ClaimSeed = SeededRandom.Derive(claim.Seed, claim.Id),
        };
    }

    private static ClaimResult Result(AuditTarget target, ClaimDefinition claim, ulong claimSeed, Verdict verdict, IReadOnlyList<Diagnostic> diagnostics, HeldOutEvidence? evidence)
    {
        string? model = null;
        KeyValuePair<string, string>[] splits = [];
        try
        {
            model = target.ModelFingerprint;
            splits = target.Splits.Select(s => KeyValuePair.Create(s.Name, s.Fingerprint)).ToArray();
        }
        catch (Exception e) when (e is ClaimCheckException or InvalidOperationException or ArgumentException)
        {
            // A target broken enough to fail fingerprinting already produced an error diagnostic; keep that one.
        }

        return new ClaimResult
        {
            Claim = claim,
            TargetName = target.Name,
            Verdict = verdict,
            Diagnostics = diagnostics,
            HeldOut = evidence,
            ClaimSeed = claimSeed,
            ModelFingerprint = model,
            SplitFingerprints = splits,
        };
    }
}
