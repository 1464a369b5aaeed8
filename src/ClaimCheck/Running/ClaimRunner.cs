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
    /// Evaluates <paramref name="claim"/>. Bad input never escapes as an exception: it becomes an Inconclusive
    /// verdict with an error diagnostic that says what was wrong.
    /// </summary>
    public static ClaimResult Run(AuditTarget target, ClaimDefinition claim)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(claim);
        ulong claimSeed = SeededRandom.Derive(claim.Seed, claim.Id);
        try
        {
            ClaimValidation.Require(claim);
            target.Prepare();
            var diagnostics = new List<Diagnostic>();
            HeldOutEvidence? heldOut = null;
            Verdict? heldOutVerdict = null;
            if (claim.HeldOut is { } spec)
            {
                heldOut = HeldOutCheck.Measure(target, claim, spec, claimSeed);
                (Verdict verdict, IReadOnlyList<Diagnostic> found) = HeldOutVerdictRules.Decide(heldOut, spec, claim.Kind, claim.Concept);
                heldOutVerdict = verdict;
                diagnostics.AddRange(found);
            }

            AblationEvidence? ablation = null;
            Verdict? ablationVerdict = null;
            if (claim.Ablation is { } ablationSpec)
            {
                ablation = AblationCheck.Measure(target, claim.Subject, target.Readout(ablationSpec.Readout), claim.Concept,
                    WithCounterparts(ablationSpec.Engine, target, claim.Concept), SeededRandom.Derive(claimSeed, "ablation"));
                (Verdict verdict, IReadOnlyList<Diagnostic> found) = AblationVerdictRules.Decide(ablation, ablationSpec,
                    claim.HeldOut?.MinExamples ?? new HeldOutSpec().MinExamples, claim.Subject.Describe());
                ablationVerdict = verdict;
                diagnostics.AddRange(found);
            }

            EditRun? edits = null;
            Verdict? editVerdict = null;
            if (claim.Edits is { } editSettings)
            {
                edits = MeasureEdits(target, claim, editSettings, claimSeed);
                editVerdict = EditVerdictRules.Decide(edits.Evidence);
                diagnostics.AddRange(edits.Evidence.Diagnostics);
                if (claim.Replay is { } request)
                {
                    EditCounterexample replayed = ReplayEdit(target, claim, editSettings, claimSeed, request);
                    edits = edits with { Replayed = replayed };
                    diagnostics.Add(new Diagnostic(DiagnosticIds.CounterexampleReplayed, Severity.Info,
                        $"replayed {replayed.Replay}: {replayed.Description} (before {replayed.Before.ToString("R", CultureInfo.InvariantCulture)}, after {replayed.After.ToString("R", CultureInfo.InvariantCulture)})"));
                }
            }

            Verdict combined = EvidenceCombination.Combine(claim.Kind, heldOutVerdict, ablationVerdict, editVerdict);
            return Result(target, claim, claimSeed, combined, diagnostics, heldOut) with { Ablation = ablation, Edits = edits };
        }
        catch (ClaimCheckException e)
        {
            return Result(target, claim, claimSeed, Verdict.Inconclusive, [e.Diagnostic], null);
        }
    }

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
