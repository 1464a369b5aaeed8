using ClaimCheck.Diagnostics;
using ClaimCheck.Statistics;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Evidence.Steering;

/// <summary>
/// Decides a verdict from steering evidence by the one verdict rule (docs/verdicts.md), in the order a reviewer asks:
/// enough examples to steer; is the change at the decision strength typical of adding random directions (its whole
/// interval below the null's (1 − α) quantile: Refuted) or clearly below the claim's minimum (Refuted); does it beat
/// the null at the family-adjusted α and clear the minimum with its interval (else Inconclusive: not shown is not
/// refuted); then, for a direction that steers, does it steer the concept rather than something else (a side effect
/// shown larger: Brittle; undecided: Inconclusive) and does more of it give more of the concept up to the decision
/// strength (a fall shown: Brittle).
/// </summary>
internal static class SteeringVerdictRules
{
    /// <summary>The verdict and the diagnostics behind it.</summary>
    /// <param name="evidence">The measurement.</param>
    /// <param name="settings">The settings it was measured with (α, the minimum effect, the minimum examples).</param>
    /// <param name="familyFactor">
    /// How much the claim's family raises its p (adjusted p ÷ raw p, at least 1); 1 for a claim alone. The adjusted p
    /// is min(1, p × factor), and the Monte Carlo interval of p is judged at the same scale.
    /// </param>
    public static (Verdict Verdict, IReadOnlyList<Diagnostic> Diagnostics) Decide(SteeringEvidence evidence, SteeringSettings settings, double familyFactor)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(familyFactor, 1);
        var diagnostics = new List<Diagnostic>();
        DosePoint decision = evidence.Decision;
        double alpha = settings.Alpha;
        double p = evidence.Null.P;
        double adjusted = Math.Min(1, p * familyFactor);
        string effect = $"adding {evidence.Subject} at strength {Figures.Score(evidence.DecisionStrength)} changes '{evidence.Readout}' on examples without {evidence.Concept} by {Figures.ScoreWithInterval(decision.Mean, decision.Interval)}";
        double critical = CriticalValue(evidence, alpha);
        string nullFigures = $"null mean {Figures.Score(evidence.Null.Mean)}, {Figures.Percentile(1 - alpha)} {Figures.Score(critical)}";
        Verdict verdict;
        if (evidence.Examples < settings.MinExamples)
        {
            diagnostics.Add(Warn(DiagnosticIds.TooFewExamples,
                $"too few examples to decide the steering on '{evidence.Split}': {evidence.Examples} without {evidence.Concept}; at least {settings.MinExamples} are needed"));
            verdict = Verdict.Inconclusive;
        }
        else if (decision.Interval.Upper < critical)
        {
            diagnostics.Add(Warn(SteeringDiagnosticIds.NoBetterThanNull,
                $"{effect}, typical of adding {evidence.Null.Description}: the whole interval lies below the null's {Figures.Percentile(1 - alpha)}; {Figures.PWithAdjusted(p, adjusted)} ({nullFigures})"));
            verdict = Verdict.Refuted;
        }
        else if (decision.Interval.Upper < settings.MinEffect)
        {
            diagnostics.Add(Warn(SteeringDiagnosticIds.BelowMinimum, $"{effect}, clearly below the claim's minimum effect of {Figures.Score(settings.MinEffect)}"));
            verdict = Verdict.Refuted;
        }
        else if (MonteCarloP.Decide(p, adjusted, evidence.Null.Effects.Count, alpha) is var versusNull && versusNull == MonteCarloDecision.NoBetterThanNull)
        {
            diagnostics.Add(Warn(SteeringDiagnosticIds.NotSignificant,
                $"{effect}, above most of what adding {evidence.Null.Description} does but not beyond the null at α = {Figures.Score(alpha)}: {Figures.PWithAdjusted(p, adjusted)} ({nullFigures}); not shown, which is not evidence against it"));
            verdict = Verdict.Inconclusive;
        }
        else if (versusNull == MonteCarloDecision.Undecided)
        {
            diagnostics.Add(Warn(DiagnosticIds.NullComparisonUndecided,
                $"{effect}, too close to what adding {evidence.Null.Description} does to decide at α = {Figures.Score(alpha)}: {Figures.PWithAdjusted(p, adjusted)}; another seed could decide either way"));
            verdict = Verdict.Inconclusive;
        }
        else if (decision.Interval.Lower <= settings.MinEffect)
        {
            diagnostics.Add(Warn(SteeringDiagnosticIds.StraddlesMinimum, $"{effect}, whose interval reaches the claim's minimum effect of {Figures.Score(settings.MinEffect)}: more data would decide"));
            verdict = Verdict.Inconclusive;
        }
        else
        {
            verdict = Specificity(evidence, effect, diagnostics);
        }

        // Over-steering is where a direction that steers stops working; a refuted direction does not steer to begin with.
        foreach (DoseStep step in evidence.Steps.Where(s => verdict != Verdict.Refuted && s.To > evidence.DecisionStrength && s.ShownToFall))
        {
            diagnostics.Add(new Diagnostic(SteeringDiagnosticIds.FallsBeyondDecision, Severity.Info,
                $"beyond the decision strength the change of '{evidence.Readout}' falls from strength {Figures.Score(step.From)} to {Figures.Score(step.To)} by {Figures.ScoreWithInterval(-step.Change, Negated(step.Interval))}: the direction over-steers there"));
        }

        return (verdict, diagnostics);
    }

    /// <summary>
    /// Whether <see cref="Decide"/> leaves the verdict waiting on the null comparison (it reports CLM4303): enough
    /// examples, a change that may beat the null and the minimum, and a Monte Carlo p too close to α for the draws
    /// made. The same tests in the same order as the rule, so more draws are asked for exactly when they can decide.
    /// </summary>
    internal static bool WaitsOnNull(SteeringEvidence evidence, SteeringSettings settings, double familyFactor) =>
        evidence.Examples >= settings.MinExamples
        && evidence.Decision.Interval.Upper >= CriticalValue(evidence, settings.Alpha)
        && evidence.Decision.Interval.Upper >= settings.MinEffect
        && NullUndecided(evidence, settings, familyFactor);

    /// <summary>Whether the null comparison is too close to α to decide with the draws made, at the family's scale.</summary>
    internal static bool NullUndecided(SteeringEvidence evidence, SteeringSettings settings, double familyFactor) =>
        MonteCarloP.Decide(evidence.Null.P, Math.Min(1, evidence.Null.P * familyFactor), evidence.Null.Effects.Count, settings.Alpha) == MonteCarloDecision.Undecided;

    /// <summary>
    /// The null's (1 − α) quantile: a change whose whole interval lies below it is typical of adding random
    /// directions of the same length, so even the most favourable value the data allow would not beat the null at α,
    /// before any family adjustment. That, not a p over α, is evidence against the claim.
    /// </summary>
    internal static double CriticalValue(SteeringEvidence evidence, double alpha) =>
        evidence.Null.Effects.Count == 0 ? double.NegativeInfinity : Descriptive.Quantile([.. evidence.Null.Effects], 1 - alpha);

    /// <summary>
    /// For a direction that steers the concept's readout: a side effect shown larger than the intended effect (the
    /// margin intended − |side| wholly below 0) or a fall of the dose-response shown up to the decision strength is
    /// evidence that the direction is not a steering vector for the concept (Brittle); a margin whose interval reaches
    /// 0 leaves that undecided (Inconclusive). Evidence against outranks undecided.
    /// </summary>
    private static Verdict Specificity(SteeringEvidence evidence, string effect, List<Diagnostic> diagnostics)
    {
        bool against = false;
        bool undecided = false;
        foreach (SideEffect side in evidence.SideEffects)
        {
            string moves = $"{effect}, and '{side.Readout}' by {Figures.ScoreWithInterval(side.Mean, side.Interval)} (margin {Figures.ScoreWithInterval(side.Margin, side.MarginInterval)}";
            if (side.ShownLarger)
            {
                diagnostics.Add(Warn(SteeringDiagnosticIds.SideEffectLarger,
                    $"{moves}, wholly below 0): the side effect is larger than the intended effect, so the direction steers '{side.Readout}' more than {evidence.Concept}"));
                against = true;
            }
            else if (side.Undecided)
            {
                diagnostics.Add(Warn(SteeringDiagnosticIds.SideEffectUndecided,
                    $"{moves}, which reaches 0): whether the direction moves '{side.Readout}' more than {evidence.Concept} is undecided; more data would decide"));
                undecided = true;
            }
        }

        foreach (DoseStep step in evidence.Steps.Where(s => s.To <= evidence.DecisionStrength && s.ShownToFall))
        {
            diagnostics.Add(Warn(SteeringDiagnosticIds.NotMonotone,
                $"the change of '{evidence.Readout}' falls from strength {Figures.Score(step.From)} to {Figures.Score(step.To)} by {Figures.ScoreWithInterval(-step.Change, Negated(step.Interval))}, at or below the decision strength {Figures.Score(evidence.DecisionStrength)}: more of the direction gives less of {evidence.Concept} (Spearman {Figures.Score(evidence.Monotonicity)} over the curve)"));
            against = true;
        }

        return against ? Verdict.Brittle : undecided ? Verdict.Inconclusive : Verdict.Holds;
    }

    private static Interval Negated(Interval interval) => new(-interval.Upper, -interval.Lower);

    private static Diagnostic Warn(string id, string message) => new(id, Severity.Warning, message);
}
