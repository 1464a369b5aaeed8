using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Running;

/// <summary>
/// The claim pipeline, one stage per method, read top to bottom: validate (every problem at once) → measure each kind
/// of evidence the claim demands → (the family adjusts the p-values: <see cref="FamilyRunner"/>) → decide each kind on
/// the adjusted p-values → combine into one verdict. Each stage iterates over <see cref="EvidenceKinds.All"/>; no stage
/// knows a kind of evidence by name.
/// </summary>
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

    /// <summary>What a claim measured before any verdict: its evidence by kind, or the result of a claim that failed.</summary>
    internal sealed record Measurement(AuditTarget? Target, ClaimDefinition Claim, ulong ClaimSeed, EvidenceMap Evidence, ClaimResult? Failed);

    /// <summary>
    /// Validates the claim and measures each kind of evidence it demands, with the null draws its family needs
    /// (<see cref="NullDrawBudget"/>, for <paramref name="familySize"/> claims sharing α).
    /// </summary>
    internal static Measurement Measure(AuditTarget target, ClaimDefinition claim, int familySize)
    {
        ulong claimSeed = SeededRandom.Derive(claim.Seed, claim.Id);
        IReadOnlyList<Diagnostic> problems = ClaimValidation.Problems(claim);
        if (problems.Count > 0)
        {
            return new Measurement(target, claim, claimSeed, EvidenceMap.Empty, Result(target, claim, claimSeed, Verdict.Inconclusive, problems));
        }

        // The family's size raises the null draws so its strictest level stays reachable; the claim records what ran.
        claim = EvidenceKinds.All.Aggregate(claim, (c, kind) => kind.WithNullDraws(c, (declared, alpha) => NullDrawBudget.Draws(declared, alpha, familySize)));
        return Guarded(new Measurement(target, claim, claimSeed, EvidenceMap.Empty, null), m =>
        {
            target.Prepare();
            return EvidenceKinds.DemandedBy(m.Claim).Aggregate(m, (sofar, kind) =>
                sofar with { Evidence = sofar.Evidence.With(kind.Name, kind.Measure(target, sofar.Claim, claimSeed)) });
        });
    }

    /// <summary>
    /// Measures the named kinds again with <see cref="NullDrawBudget.EscalationFactor"/> times as many null draws (the
    /// first draws are the same: every null draws from one seeded stream), keeping the rest.
    /// </summary>
    internal static Measurement Remeasure(Measurement measured, IReadOnlyCollection<string> kinds) =>
        Guarded(measured, m => EvidenceKinds.All.Where(k => kinds.Contains(k.Name)).Aggregate(m, (sofar, kind) =>
        {
            ClaimDefinition claim = kind.WithNullDraws(sofar.Claim, (draws, _) => NullDrawBudget.Escalate(draws));
            return sofar with { Claim = claim, Evidence = sofar.Evidence.With(kind.Name, kind.Measure(sofar.Target!, claim, sofar.ClaimSeed)) };
        }));

    /// <summary>
    /// Decides the verdict from measured evidence, with every confirmatory p-value multiplied by
    /// <paramref name="familyFactor"/>, the claim's family adjustment (1 for a claim judged alone).
    /// </summary>
    internal static ClaimResult Decide(Measurement measured, double familyFactor, FamilyOutcome? family)
    {
        if (measured.Failed is { } failed)
        {
            return failed with { Family = family };
        }

        Judgement judged = Judge(measured, familyFactor);
        List<Diagnostic> diagnostics = [.. judged.Diagnostics];
        if (familyFactor != 1 && family is not null)
        {
            Verdict unadjusted = Judge(measured, 1).Verdict;
            if (unadjusted != judged.Verdict)
            {
                // Says in the verdict itself that the family, not the claim's own evidence, moved it.
                diagnostics.Add(new Diagnostic(DiagnosticIds.DecidedByFamilyAdjustment, Severity.Info,
                    $"the family adjustment decides this verdict: {unadjusted} on the claim's raw p-values, {judged.Verdict} with them adjusted ({family.Correction}, {family.Size} claims of family '{family.Name}': p = {Figures.P(family.P)} becomes {Figures.P(family.AdjustedP)})"));
            }
        }

        return Result(measured.Target!, measured.Claim, measured.ClaimSeed, judged.Verdict, diagnostics) with
        {
            Measured = judged.Evidence,
            Family = family,
            UndecidedNulls = judged.UndecidedNulls,
        };
    }

    /// <summary>Each kind's verdict and findings, combined: the primary kind decides, the others can only take away.</summary>
    private sealed record Judgement(Verdict Verdict, IReadOnlyList<Diagnostic> Diagnostics, EvidenceMap Evidence, IReadOnlyList<string> UndecidedNulls);

    private static Judgement Judge(Measurement measured, double familyFactor)
    {
        ClaimDefinition claim = measured.Claim;
        var diagnostics = new List<Diagnostic>();
        var decisions = new List<(IEvidenceKind Kind, EvidenceDecision Decision)>();
        EvidenceMap judged = EvidenceMap.Empty;
        foreach (IEvidenceKind kind in EvidenceKinds.DemandedBy(claim))
        {
            EvidenceDecision decision = kind.Decide(claim, measured.Evidence.Get<object>(kind.Name)!, familyFactor);
            decisions.Add((kind, decision));
            diagnostics.AddRange(decision.Diagnostics);
            judged = judged.With(kind.Name, decision.Evidence);
        }

        EvidenceDecision primary = decisions.Single(d => d.Kind.IsPrimaryFor(claim.Kind)).Decision;
        Verdict verdict = EvidenceCombination.Combine(primary.Verdict, [.. decisions.Where(d => d.Decision != primary).Select(d => d.Decision.Verdict)], primary.HeldWhereFormed);

        // When a verdict waits on a null comparison too close to its level, every null of the claim that is undecided
        // at its level gets more draws: more draws can only sharpen a Monte Carlo p.
        IReadOnlyList<string> undecided = !decisions.Any(d => d.Decision.NullUndecided) ? [] :
            [.. decisions.Where(d => d.Kind.NullUndecided(claim, d.Decision.Evidence)).Select(d => d.Kind.Name)];
        return new Judgement(verdict, diagnostics, judged, undecided);
    }

    // A claim's own failure (bad input, an exception no rule describes) stays on this claim as an Inconclusive result
    // (CLM5014 names an unexpected exception) and never reaches its family.
    private static Measurement Guarded(Measurement measured, Func<Measurement, Measurement> stage)
    {
        try
        {
            return stage(measured);
        }
        catch (ClaimCheckException e)
        {
            return measured with { Failed = Result(measured.Target!, measured.Claim, measured.ClaimSeed, Verdict.Inconclusive, [e.Diagnostic]) };
        }
        catch (Exception e) when (EvaluationFailure.IsClaims(e))
        {
            return measured with { Failed = Result(measured.Target!, measured.Claim, measured.ClaimSeed, Verdict.Inconclusive, [EvaluationFailure.Of(measured.Claim, e)]) };
        }
    }

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

    private static ClaimResult Result(AuditTarget target, ClaimDefinition claim, ulong claimSeed, Verdict verdict, IReadOnlyList<Diagnostic> diagnostics)
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
            ClaimSeed = claimSeed,
            ModelFingerprint = model,
            SplitFingerprints = splits,
        };
    }
}
