using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Statistics;
using ClaimCheck.Verdicts;

namespace ClaimCheck.Evidence.Ablation;

/// <summary>
/// Decides a verdict from ablation evidence by the one verdict rule (docs/verdicts.md), in the order a reviewer asks:
/// enough concept-positive examples; is the effect typical of removing random units or directions (its interval below
/// the null's (1 − α) quantile: Refuted) or clearly below the claim's minimum (Refuted); does it beat the null at the
/// family-adjusted α and reach the minimum with its interval (else Inconclusive: not shown is not refuted); is it
/// specific to the concept and not a dormant pathway (Brittle when the evidence is against it, Inconclusive when
/// undecided).
/// </summary>
public static class AblationVerdictRules
{
    /// <summary>
    /// A fifth of the examples moving against the mean is where an average stops describing the typical example
    /// (the cancellation pitfall of causal scrubbing); reported as information.
    /// </summary>
    private const double CancellationFraction = 0.2;

    /// <summary>The verdict and the diagnostics behind it.</summary>
    public static (Verdict Verdict, IReadOnlyList<Diagnostic> Diagnostics) Decide(AblationEvidence evidence, AblationSettings spec, int minExamples, string subject)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(spec);
        var diagnostics = new List<Diagnostic>();
        EffectSummary positives = evidence.Positives;
        string effect = $"removing it ({evidence.Kind.ToString().ToLowerInvariant()}) changes '{evidence.Readout}' on examples with {evidence.Concept} by {Figures.ScoreWithInterval(positives.Mean, positives.MeanInterval)}";
        double critical = CriticalValue(evidence, spec);
        string nullFigures = $"null mean {Figures.Score(evidence.Null.Mean)}, {Figures.Percentile(1 - spec.Alpha)} {Figures.Score(critical)}";
        Verdict verdict;
        if (positives.Count < minExamples || evidence.Negatives.Count < minExamples)
        {
            diagnostics.Add(new Diagnostic(DiagnosticIds.TooFewExamples, Severity.Warning,
                $"too few examples to decide the ablation on '{evidence.Split}': {positives.Count} with {evidence.Concept} and {evidence.Negatives.Count} without; at least {minExamples} of each are needed"));
            verdict = Verdict.Inconclusive;
        }
        else if (TooCoarse(evidence, spec) is double floor)
        {
            diagnostics.Add(Warn(DiagnosticIds.AblationNullTooCoarse,
                $"{effect}, as much as or more than {evidence.Null.Description}, but with so few sets the smallest p this null can give is {Figures.P(floor)}{(floor > evidence.Null.SmallestP ? " for the family" : string.Empty)}, above α = {Figures.Score(spec.Alpha)}: no unit set of this size can be shown to drive the readout here; ablate a direction, or a larger unit set"));
            verdict = Verdict.Inconclusive;
        }
        else if (positives.MeanInterval.Upper < critical)
        {
            diagnostics.Add(Warn(DiagnosticIds.AblationNoBetterThanNull,
                $"{effect}, typical of removing {evidence.Null.Description}: the whole interval lies below the null's {Figures.Percentile(1 - spec.Alpha)}; {Figures.PWithAdjusted(evidence.Null.P, evidence.Null.AdjustedP)} ({nullFigures})"));
            verdict = Verdict.Refuted;
        }
        else if (positives.MeanInterval.Upper < spec.MinEffect)
        {
            diagnostics.Add(Warn(DiagnosticIds.AblationBelowMinimum, $"{effect}, clearly below the claim's minimum effect of {Figures.Score(spec.MinEffect)}"));
            verdict = Verdict.Refuted;
        }
        else if (VersusNull(evidence, spec) == MonteCarloDecision.NoBetterThanNull)
        {
            diagnostics.Add(Warn(DiagnosticIds.AblationNotSignificant,
                $"{effect}, above most of what removing {evidence.Null.Description} does but not beyond the null at α = {Figures.Score(spec.Alpha)}: {Figures.PWithAdjusted(evidence.Null.P, evidence.Null.AdjustedP)} ({nullFigures}); not shown, which is not evidence against it"));
            verdict = Verdict.Inconclusive;
        }
        else if (VersusNull(evidence, spec) == MonteCarloDecision.Undecided)
        {
            diagnostics.Add(Warn(DiagnosticIds.NullComparisonUndecided,
                $"{effect}, too close to what removing {evidence.Null.Description} does to decide at α = {Figures.Score(spec.Alpha)}: {Figures.PWithAdjusted(evidence.Null.P, evidence.Null.AdjustedP)}; another seed could decide either way"));
            verdict = Verdict.Inconclusive;
        }
        else if (positives.MeanInterval.Lower < spec.MinEffect)
        {
            diagnostics.Add(Warn(DiagnosticIds.AblationStraddlesMinimum, $"{effect}, whose interval straddles the claim's minimum effect of {Figures.Score(spec.MinEffect)}: more data would decide"));
            verdict = Verdict.Inconclusive;
        }
        else
        {
            verdict = Specificity(evidence, effect, diagnostics, subject);
        }

        if (positives.OppositeSignFraction >= CancellationFraction)
        {
            diagnostics.Add(new Diagnostic(DiagnosticIds.AblationEffectsCancel, Severity.Info,
                $"{Figures.Score(positives.OppositeSignFraction)} of the examples with {evidence.Concept} move '{evidence.Readout}' against the mean effect (median {Figures.Score(positives.Median)}): the average hides effects that cancel"));
        }

        return (verdict, diagnostics);
    }

    /// <summary>
    /// Whether <see cref="Decide"/> leaves the verdict waiting on the null comparison (it reports CLM4303): enough
    /// examples, a null fine enough to reach α, an effect that may beat the null and the minimum, and a Monte Carlo p
    /// too close to α for the draws made. The same tests in the same order as the rule.
    /// </summary>
    internal static bool WaitsOnNull(AblationEvidence evidence, AblationSettings spec, int minExamples) =>
        evidence.Positives.Count >= minExamples && evidence.Negatives.Count >= minExamples
        && TooCoarse(evidence, spec) is null
        && evidence.Positives.MeanInterval.Upper >= CriticalValue(evidence, spec)
        && evidence.Positives.MeanInterval.Upper >= spec.MinEffect
        && VersusNull(evidence, spec) == MonteCarloDecision.Undecided;

    /// <summary>
    /// The null's (1 − α) quantile: an effect whose whole interval lies below it is typical of ablating random units or
    /// directions, so even the most favourable value the data allow would not beat the null at α, before any family
    /// adjustment. That, not a p over α, is evidence against the claim.
    /// </summary>
    internal static double CriticalValue(AblationEvidence evidence, AblationSettings spec) =>
        evidence.Null.Effects.Count == 0 ? double.NegativeInfinity : Descriptive.Quantile([.. evidence.Null.Effects], 1 - spec.Alpha);

    /// <summary>
    /// The claim is about the concept-relevant behaviour, so the effect must be shown larger where the concept is: the
    /// difference (with − without) must clear 0 with its interval. It is evidence against that when the whole interval
    /// of the difference lies below half of the effect with the concept (its lower bound): then the effect without the
    /// concept is shown to be more than half the effect with it, so most of what removing the subject does is not
    /// about the concept. The subject drives the readout, not the concept-relevant part of it: a bias-like unit has a
    /// difference near 0 however much data there is, and this makes that a measured finding rather than a wait for
    /// more data. Between the two the question is undecided.
    /// </summary>
    private static Verdict Specificity(AblationEvidence evidence, string effect, List<Diagnostic> diagnostics, string subject)
    {
        Verdict verdict = Verdict.Holds;
        double half = evidence.Positives.MeanInterval.Lower / 2;
        string difference = $"{effect}, and by {Figures.ScoreWithInterval(evidence.Negatives.Mean, evidence.Negatives.MeanInterval)} on examples without it (difference {Figures.ScoreWithInterval(evidence.Specificity, evidence.SpecificityInterval)}";
        if (evidence.SpecificityInterval.Upper < half)
        {
            diagnostics.Add(Warn(DiagnosticIds.AblationNotSpecific,
                $"{difference}, wholly below half the effect with it, {Figures.Score(half)}): most of the effect does not depend on {evidence.Concept}, so the subject drives the readout, not the concept-relevant part of it"));
            verdict = Verdict.Brittle;
        }
        else if (evidence.SpecificityInterval.Lower <= 0)
        {
            diagnostics.Add(Warn(DiagnosticIds.AblationSpecificityUndecided,
                $"{difference}, which reaches 0): whether the effect is specific to {evidence.Concept} is undecided; more data would decide"));
            verdict = Verdict.Inconclusive;
        }

        if (evidence.DormantPathway?.ToDiagnostic(subject, evidence.Split) is { } dormant)
        {
            diagnostics.Add(dormant);
            verdict = Verdict.Brittle;
        }

        return verdict;
    }

    /// <summary>Whether the null comparison is too close to α to decide with the draws made (never for an exact null).</summary>
    internal static bool NullUndecided(AblationEvidence evidence, AblationSettings spec) => VersusNull(evidence, spec) == MonteCarloDecision.Undecided;

    // An exact null (every other unit set once) has no Monte Carlo error: its p is compared with α as it is.
    private static MonteCarloDecision VersusNull(AblationEvidence evidence, AblationSettings spec) =>
        MonteCarloP.Decide(evidence.Null.P, evidence.Null.AdjustedP, evidence.Null.Exact ? 0 : evidence.Null.Effects.Count, spec.Alpha);

    /// <summary>
    /// For an exact null whose subject ties or beats every other set (its p is the smallest the null can give): that
    /// smallest p at the family's scale when it is above α, so no verdict but Inconclusive is honest; else null.
    /// </summary>
    private static double? TooCoarse(AblationEvidence evidence, AblationSettings spec)
    {
        AblationNull n = evidence.Null;
        if (!n.Exact || n.SmallestP <= 0 || n.P > n.SmallestP * (1 + 1e-9))
        {
            return null;
        }

        double floor = n.SmallestP * (n.P > 0 ? Math.Max(1, n.AdjustedP / n.P) : 1);
        return floor > spec.Alpha ? floor : null;
    }

    private static Diagnostic Warn(string id, string message) => new(id, Severity.Warning, message);
}
