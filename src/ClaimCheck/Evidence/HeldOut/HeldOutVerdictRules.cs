using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Statistics;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Evidence.HeldOut;

/// <summary>
/// Decides a verdict from held-out evidence by the one verdict rule (docs/verdicts.md), in the order a reviewer asks:
/// is there enough data; is there evidence against the label even where it was formed (Refuted); does it hold on every
/// held-out set, and for a Means claim is it specific (else Brittle when the evidence is against it, Inconclusive when
/// it is only undecided). Intervals, not point estimates, decide, and a p-value that is not small enough leaves a claim
/// undecided: "not significant" is never evidence against it.
/// </summary>
public static class HeldOutVerdictRules
{
    /// <summary>The verdict and the diagnostics behind it.</summary>
    public static (Verdict Verdict, IReadOnlyList<Diagnostic> Diagnostics) Decide(HeldOutEvidence evidence, HeldOutSettings spec, ClaimKind kind, string concept)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(spec);
        var diagnostics = new List<Diagnostic>();
        Verdict verdict = DecideCore(evidence, spec, kind, concept, diagnostics);
        AddInformation(evidence, spec, kind, concept, diagnostics);
        return (verdict, diagnostics);
    }

    /// <summary>
    /// Whether <see cref="Decide"/> leaves the verdict waiting on a null comparison too close to α for its draws
    /// (it reports CLM4303): the split the claim was formed on is undecided against its null, or it passed and a
    /// held-out split is. More draws can decide it; nothing else in the evidence can.
    /// </summary>
    internal static bool WaitsOnNull(HeldOutEvidence evidence)
    {
        SplitScore formedOn = evidence.Discovery ?? evidence.HeldOut[0];
        return formedOn.Status == SplitStatus.NullUndecided
            || (formedOn.Status == SplitStatus.Pass && evidence.HeldOut.Any(h => !ReferenceEquals(h, formedOn) && h.Status == SplitStatus.NullUndecided));
    }

    private static Verdict DecideCore(HeldOutEvidence evidence, HeldOutSettings spec, ClaimKind kind, string concept, List<Diagnostic> diagnostics)
    {
        SplitScore formedOn = evidence.Discovery ?? evidence.HeldOut[0];
        switch (formedOn.Status)
        {
            case SplitStatus.TooFewExamples:
            case SplitStatus.Undecided:
            case SplitStatus.NullUndecided:
            case SplitStatus.NotSignificant:
                diagnostics.Add(Undecided(formedOn, spec, concept));
                return Verdict.Inconclusive;
            case SplitStatus.Constant:
                diagnostics.Add(Constant(formedOn, "even where the claim was formed"));
                return Verdict.Refuted;
            case SplitStatus.TypicalOfNull:
                diagnostics.Add(Warn(DiagnosticIds.NoBetterThanNullOnDiscovery,
                    $"typical of its null even on {Where(formedOn)}: AUROC {Figures.ScoreWithInterval(formedOn.Auroc, formedOn.AurocInterval)} lies wholly below the null's {NullQuantileName(spec)} of {Figures.Score(formedOn.NullCriticalValue)} ({Figures.PWithAdjusted(formedOn.NullP, formedOn.AdjustedP)} against {formedOn.NullSize} null readouts of the layer)"));
                return Verdict.Refuted;
            case SplitStatus.BelowBar:
                diagnostics.Add(Warn(DiagnosticIds.BelowThresholdOnDiscovery,
                    $"AUROC {Figures.ScoreWithInterval(formedOn.Auroc, formedOn.AurocInterval)} on {Where(formedOn)} is below the claim's bar of {Figures.Score(spec.MinAuroc)} even where the claim was formed"));
                return Verdict.Refuted;
        }

        Verdict verdict = Verdict.Holds;
        foreach (SplitScore heldOut in evidence.HeldOut.Where(h => !ReferenceEquals(h, formedOn)))
        {
            verdict = Worst(verdict, JudgeHeldOut(formedOn, heldOut, spec, concept, diagnostics));
        }

        return kind == ClaimKind.Means ? Worst(verdict, Specificity(evidence, spec, concept, diagnostics)) : verdict;
    }

    private static Verdict JudgeHeldOut(SplitScore formedOn, SplitScore heldOut, HeldOutSettings spec, string concept, List<Diagnostic> diagnostics)
    {
        string passes = $"passes on {Where(formedOn)} (AUROC {Figures.ScoreWithInterval(formedOn.Auroc, formedOn.AurocInterval)})";
        switch (heldOut.Status)
        {
            case SplitStatus.Pass:
                return Verdict.Holds;
            case SplitStatus.Constant:
                diagnostics.Add(Constant(heldOut, $"though it {passes}"));
                return Verdict.Brittle;
            case SplitStatus.TypicalOfNull:
                diagnostics.Add(Warn(DiagnosticIds.NoBetterThanNullOnHeldOut,
                    $"{passes} but is typical of its null on {Where(heldOut)}: AUROC {Figures.ScoreWithInterval(heldOut.Auroc, heldOut.AurocInterval)} lies wholly below the null's {NullQuantileName(spec)} of {Figures.Score(heldOut.NullCriticalValue)}, {Figures.PWithAdjusted(heldOut.NullP, heldOut.AdjustedP)}"));
                return Verdict.Brittle;
            case SplitStatus.BelowBar:
                diagnostics.Add(Warn(DiagnosticIds.FailsOnHeldOut,
                    $"{passes} but fails on {Where(heldOut)}: AUROC {Figures.ScoreWithInterval(heldOut.Auroc, heldOut.AurocInterval)} is below the bar of {Figures.Score(spec.MinAuroc)}"));
                return Verdict.Brittle;
            default:
                diagnostics.Add(Undecided(heldOut, spec, concept));
                return Verdict.Inconclusive;
        }
    }

    /// <summary>
    /// A Means claim is specific when no other concept reaches its bar among the examples without the claimed concept.
    /// Another concept whose whole interval clears the bar is evidence against it (Brittle); one whose interval only
    /// reaches the bar leaves it undecided (Inconclusive), the same reading of an interval as for the claim's own score.
    /// </summary>
    private static Verdict Specificity(HeldOutEvidence evidence, HeldOutSettings spec, string concept, List<Diagnostic> diagnostics)
    {
        Verdict verdict = Verdict.Holds;
        foreach (OtherConceptScore other in evidence.OtherConcepts.Where(o => o.AurocInterval.Upper >= spec.MinAuroc))
        {
            if (other.AurocInterval.Lower >= spec.MinAuroc)
            {
                diagnostics.Add(Warn(DiagnosticIds.AlsoRespondsTo, AlsoRespondsMessage(other, spec, concept) + ", so the label is not specific"));
                verdict = Verdict.Brittle;
            }
            else
            {
                diagnostics.Add(Warn(DiagnosticIds.OtherConceptStraddlesThreshold,
                    $"may also respond to {other.Concept} on '{other.Split}': AUROC {Figures.ScoreWithInterval(other.Auroc, other.AurocInterval)} among examples without {concept} straddles this claim's bar of {Figures.Score(spec.MinAuroc)}, so whether the label is specific is undecided: more data would decide"));
                verdict = Worst(verdict, Verdict.Inconclusive);
            }
        }

        return verdict;
    }

    private static void AddInformation(HeldOutEvidence evidence, HeldOutSettings spec, ClaimKind kind, string concept, List<Diagnostic> diagnostics)
    {
        foreach (GapScore gap in evidence.Gaps.Where(g => g.Interval.Lower > 0))
        {
            diagnostics.Add(new Diagnostic(DiagnosticIds.GeneralizationGap, Severity.Info,
                $"AUROC drops from discovery to '{gap.HeldOutSplit}' by {Figures.ScoreWithInterval(gap.Gap, gap.Interval)}"));
        }

        if (kind != ClaimKind.Means)
        {
            // For Detects claims another concept is information only: detecting does not promise exclusivity.
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

    private static string AlsoRespondsMessage(OtherConceptScore other, HeldOutSettings spec, string concept) =>
        $"also responds to {other.Concept} on '{other.Split}': AUROC {Figures.ScoreWithInterval(other.Auroc, other.AurocInterval)} among examples without {concept}, which clears this claim's own bar of {Figures.Score(spec.MinAuroc)}";

    /// <summary>The diagnostic of a split that leaves the claim undecided, one ID per cause.</summary>
    private static Diagnostic Undecided(SplitScore split, HeldOutSettings spec, string concept) => split.Status switch
    {
        SplitStatus.TooFewExamples => Warn(DiagnosticIds.TooFewExamples, TooFewMessage(split, spec, concept)),
        SplitStatus.Undecided => Warn(DiagnosticIds.IntervalStraddlesThreshold,
            $"on {Where(split)} the AUROC {Figures.ScoreWithInterval(split.Auroc, split.AurocInterval)} straddles the bar of {Figures.Score(spec.MinAuroc)}: more data would decide"),
        SplitStatus.NullUndecided => Warn(DiagnosticIds.NullComparisonUndecided,
            $"on {Where(split)} the comparison with the null is too close to α = {Figures.Score(spec.Alpha)} to decide with {split.NullSize} null readouts: AUROC {Figures.ScoreWithInterval(split.Auroc, split.AurocInterval)}, {Figures.PWithAdjusted(split.NullP, split.AdjustedP)}; another seed could decide either way"),
        _ => Warn(DiagnosticIds.NotSignificant,
            $"on {Where(split)} the AUROC {Figures.ScoreWithInterval(split.Auroc, split.AurocInterval)} reaches above the null's {NullQuantileName(spec)} ({Figures.Score(split.NullCriticalValue)}) but does not beat the null at α = {Figures.Score(spec.Alpha)}: {Figures.PWithAdjusted(split.NullP, split.AdjustedP)} against {split.NullSize} null readouts; not shown, which is not evidence against it"),
    };

    private static string TooFewMessage(SplitScore split, HeldOutSettings spec, string concept) =>
        split.IsClustered && split.Positives >= spec.MinExamples && split.Negatives >= spec.MinExamples
            ? $"too few documents to decide on {Where(split)}: {split.PositiveDocuments} hold {concept} and {split.NegativeDocuments} hold examples without it; at least {spec.MinDocuments} of each are needed, since the tokens of one document are not independent"
            : $"too few examples to decide on {Where(split)}: {split.Positives} with {concept} and {split.Negatives} without; at least {spec.MinExamples} of each are needed";

    private static Diagnostic Constant(SplitScore split, string context) =>
        Warn(DiagnosticIds.ConstantSubject,
            $"the subject takes one value on every example of {Where(split)}, {context}: a constant separates nothing (AUROC {Figures.Score(split.Auroc)} by ties alone); a dead or saturated unit, or a layer that does not vary on this data");

    private static string NullQuantileName(HeldOutSettings spec) => Figures.Percentile(1 - spec.Alpha);

    private static string Where(SplitScore split) => split.IsDiscovery ? $"discovery split '{split.Split}'" : $"held-out split '{split.Split}'";

    private static Diagnostic Warn(string id, string message) => new(id, Severity.Warning, message);

    private static Verdict Worst(Verdict a, Verdict b) => Rank(b) > Rank(a) ? b : a;

    // All held-out sets must pass, so evidence against on one makes the claim Brittle even when another set is undecided.
    private static int Rank(Verdict verdict) => verdict switch
    {
        Verdict.Holds => 0,
        Verdict.Inconclusive => 1,
        _ => 2,
    };
}
