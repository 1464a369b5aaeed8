using ClaimCheck.Claims;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verdicts;

/// <summary>
/// Decides a verdict from held-out evidence. The order mirrors the questions a reviewer asks:
/// is there enough data; does the label hold even where it was found (else Refuted); does it hold on every held-out
/// set (else Brittle); for a Means claim, is it specific (else Brittle). Intervals, not point estimates, decide:
/// a score whose interval straddles the bar is Inconclusive, never a pass or a fail by luck of the draw.
/// </summary>
public static class HeldOutVerdictRules
{
    /// <summary>The verdict and the diagnostics behind it.</summary>
    public static (Verdict Verdict, IReadOnlyList<Diagnostic> Diagnostics) Decide(HeldOutEvidence evidence, HeldOutSpec spec, ClaimKind kind, string concept)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(spec);
        var diagnostics = new List<Diagnostic>();
        Verdict verdict = DecideCore(evidence, spec, kind, concept, diagnostics);
        AddInformation(evidence, spec, kind, concept, diagnostics);
        return (verdict, diagnostics);
    }

    private static Verdict DecideCore(HeldOutEvidence evidence, HeldOutSpec spec, ClaimKind kind, string concept, List<Diagnostic> diagnostics)
    {
        SplitScore formedOn = evidence.Discovery ?? evidence.HeldOut[0];
        switch (formedOn.Status)
        {
            case SplitStatus.TooFewExamples:
                diagnostics.Add(TooFew(formedOn, spec, concept));
                return Verdict.Inconclusive;
            case SplitStatus.Undecided:
                diagnostics.Add(Straddles(formedOn, spec));
                return Verdict.Inconclusive;
            case SplitStatus.NullUndecided:
                diagnostics.Add(NullUndecided(formedOn, spec));
                return Verdict.Inconclusive;
            case SplitStatus.Fail:
                diagnostics.Add(NoBetterThanNull(formedOn, spec)
                    ? Warn(DiagnosticIds.NoBetterThanNullOnDiscovery,
                        $"no better than the null even on {Where(formedOn)}: AUROC {Figures.ScoreWithInterval(formedOn.Auroc, formedOn.AurocInterval)}, {Figures.PWithAdjusted(formedOn.NullP, formedOn.AdjustedP)} against {formedOn.NullSize} null readouts of the layer (their 95th percentile: {Figures.Score(formedOn.NullQuantile95)})")
                    : Warn(DiagnosticIds.BelowThresholdOnDiscovery,
                        $"AUROC {Figures.ScoreWithInterval(formedOn.Auroc, formedOn.AurocInterval)} on {Where(formedOn)} is below the claim's bar of {Figures.Score(spec.MinAuroc)} even where the claim was formed"));
                return Verdict.Refuted;
        }

        Verdict verdict = Verdict.Holds;
        foreach (SplitScore heldOut in evidence.HeldOut.Where(h => !ReferenceEquals(h, formedOn)))
        {
            verdict = Worst(verdict, JudgeHeldOut(formedOn, heldOut, spec, concept, diagnostics));
        }

        // A clear response to another concept is a definite finding: it is always reported for a Means claim, and it
        // decides Brittle even where a held-out set could not decide.
        if (kind == ClaimKind.Means)
        {
            foreach (OtherConceptScore other in evidence.OtherConcepts.Where(o => o.AurocInterval.Lower >= spec.MinAuroc))
            {
                diagnostics.Add(Warn(DiagnosticIds.AlsoRespondsTo, AlsoRespondsMessage(other, spec, concept) + ", so the label is not specific"));
                verdict = Verdict.Brittle;
            }
        }

        return verdict;
    }

    private static Verdict JudgeHeldOut(SplitScore formedOn, SplitScore heldOut, HeldOutSpec spec, string concept, List<Diagnostic> diagnostics)
    {
        switch (heldOut.Status)
        {
            case SplitStatus.TooFewExamples:
                diagnostics.Add(TooFew(heldOut, spec, concept));
                return Verdict.Inconclusive;
            case SplitStatus.Undecided:
                diagnostics.Add(Straddles(heldOut, spec));
                return Verdict.Inconclusive;
            case SplitStatus.NullUndecided:
                diagnostics.Add(NullUndecided(heldOut, spec));
                return Verdict.Inconclusive;
            case SplitStatus.Fail when NoBetterThanNull(heldOut, spec):
                diagnostics.Add(Warn(DiagnosticIds.NoBetterThanNullOnHeldOut,
                    $"passes on {Where(formedOn)} (AUROC {Figures.ScoreWithInterval(formedOn.Auroc, formedOn.AurocInterval)}) but is no better than the null on {Where(heldOut)}: AUROC {Figures.ScoreWithInterval(heldOut.Auroc, heldOut.AurocInterval)}, {Figures.PWithAdjusted(heldOut.NullP, heldOut.AdjustedP)}"));
                return Verdict.Brittle;
            case SplitStatus.Fail:
                diagnostics.Add(Warn(DiagnosticIds.FailsOnHeldOut,
                    $"passes on {Where(formedOn)} (AUROC {Figures.ScoreWithInterval(formedOn.Auroc, formedOn.AurocInterval)}) but fails on {Where(heldOut)}: AUROC {Figures.ScoreWithInterval(heldOut.Auroc, heldOut.AurocInterval)} is below the bar of {Figures.Score(spec.MinAuroc)}"));
                return Verdict.Brittle;
            default:
                return Verdict.Holds;
        }
    }

    private static void AddInformation(HeldOutEvidence evidence, HeldOutSpec spec, ClaimKind kind, string concept, List<Diagnostic> diagnostics)
    {
        foreach (GapScore gap in evidence.Gaps.Where(g => g.Interval.Lower > 0))
        {
            diagnostics.Add(new Diagnostic(DiagnosticIds.GeneralizationGap, Severity.Info,
                $"AUROC drops from discovery to '{gap.HeldOutSplit}' by {Figures.ScoreWithInterval(gap.Gap, gap.Interval)}"));
        }

        if (kind != ClaimKind.Means)
        {
            foreach (OtherConceptScore other in evidence.OtherConcepts.Where(o => o.AurocInterval.Lower >= spec.MinAuroc))
            {
                diagnostics.Add(new Diagnostic(DiagnosticIds.AlsoRespondsTo, Severity.Info, AlsoRespondsMessage(other, spec, concept)));
            }
        }

        foreach (SplitScore split in evidence.HeldOut)
        {
            // Says why a label collapsed held out: the subject tracks something else (clearly above chance) better
            // than the claimed concept.
            OtherConceptScore? preferred = evidence.OtherConcepts
                .Where(o => o.Split == split.Split && o.AurocInterval.Lower > Math.Max(0.5, split.AurocInterval.Upper))
                .MaxBy(o => o.Auroc);
            if (preferred is not null)
            {
                diagnostics.Add(new Diagnostic(DiagnosticIds.PrefersAnotherConcept, Severity.Info,
                    $"on '{split.Split}' the subject separates {preferred.Concept} (AUROC {Figures.ScoreWithInterval(preferred.Auroc, preferred.AurocInterval)}, among examples without {concept}) better than {concept} (AUROC {Figures.ScoreWithInterval(split.Auroc, split.AurocInterval)})"));
            }
        }

        foreach (SplitScore split in evidence.HeldOut.Where(s => s.TopCount > 0 && s.TopPrecisionInterval.Upper < 0.5))
        {
            // Fewer than half of the top activations carrying the concept means the unit's strongest responses are
            // mostly about something else, whatever its AUROC says.
            diagnostics.Add(new Diagnostic(DiagnosticIds.LowTopPrecision, Severity.Info,
                $"of the {split.TopCount} top-activating examples of '{split.Split}', {split.TopPositives} show {concept} ({Figures.ScoreWithInterval(split.TopPrecision, split.TopPrecisionInterval)}; base rate {Figures.Score(split.BaseRate)})"));
        }
    }

    private static string AlsoRespondsMessage(OtherConceptScore other, HeldOutSpec spec, string concept) =>
        $"also responds to {other.Concept} on '{other.Split}': AUROC {Figures.ScoreWithInterval(other.Auroc, other.AurocInterval)} among examples without {concept}, which clears this claim's own bar of {Figures.Score(spec.MinAuroc)}";

    private static Diagnostic TooFew(SplitScore split, HeldOutSpec spec, string concept) =>
        Warn(DiagnosticIds.TooFewExamples,
            $"too few examples to decide on {Where(split)}: {split.Positives} with {concept} and {split.Negatives} without; at least {spec.MinExamples} of each are needed");

    private static Diagnostic Straddles(SplitScore split, HeldOutSpec spec) =>
        Warn(DiagnosticIds.IntervalStraddlesThreshold,
            $"on {Where(split)} the AUROC {Figures.ScoreWithInterval(split.Auroc, split.AurocInterval)} straddles the bar of {Figures.Score(spec.MinAuroc)}: more data would decide");

    // Which failure it is follows the Monte Carlo decision, so the ID does not change with the seed either.
    private static bool NoBetterThanNull(SplitScore split, HeldOutSpec spec) =>
        MonteCarloP.Decide(split.NullP, split.AdjustedP, split.NullSize, spec.Alpha) == MonteCarloDecision.NoBetterThanNull;

    private static Diagnostic NullUndecided(SplitScore split, HeldOutSpec spec) =>
        Warn(DiagnosticIds.NullComparisonUndecided,
            $"on {Where(split)} the comparison with the null is too close to α = {Figures.Score(spec.Alpha)} to decide with {split.NullSize} null readouts: AUROC {Figures.ScoreWithInterval(split.Auroc, split.AurocInterval)}, {Figures.PWithAdjusted(split.NullP, split.AdjustedP)}; another seed could decide either way");

    private static string Where(SplitScore split) => split.IsDiscovery ? $"discovery split '{split.Split}'" : $"held-out split '{split.Split}'";

    private static Diagnostic Warn(string id, string message) => new(id, Severity.Warning, message);

    private static Verdict Worst(Verdict a, Verdict b) => Rank(b) > Rank(a) ? b : a;

    // All held-out sets must pass, so one clear failure makes the claim Brittle even when another set is undecided.
    private static int Rank(Verdict verdict) => verdict switch
    {
        Verdict.Holds => 0,
        Verdict.Inconclusive => 1,
        _ => 2,
    };
}
