using ClaimCheck.Claims;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Statistics;

namespace ClaimCheck.Verdicts;

/// <summary>
/// Decides a verdict from ablation evidence, in the order a reviewer asks: enough concept-positive examples; does
/// removing the subject move the readout more than removing random units does (else Refuted); is the effect at least
/// the claim's minimum, judged on its interval (else Refuted, or Inconclusive when the interval straddles it); is it
/// specific to the concept and not a dormant pathway (else Brittle).
/// </summary>
public static class AblationVerdictRules
{
    /// <summary>
    /// A fifth of the examples moving against the mean is where an average stops describing the typical example
    /// (the cancellation pitfall of causal scrubbing); reported as information.
    /// </summary>
    private const double CancellationFraction = 0.2;

    /// <summary>The verdict and the diagnostics behind it.</summary>
    public static (Verdict Verdict, IReadOnlyList<Diagnostic> Diagnostics) Decide(AblationEvidence evidence, AblationClaimSpec spec, int minExamples, string subject)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(spec);
        var diagnostics = new List<Diagnostic>();
        EffectSummary positives = evidence.Positives;
        string effect = $"removing it ({evidence.Kind.ToString().ToLowerInvariant()}) changes '{evidence.Readout}' on examples with {evidence.Concept} by {Figures.ScoreWithInterval(positives.Mean, positives.MeanInterval)}";
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
        else if (VersusNull(evidence, spec) == MonteCarloDecision.NoBetterThanNull)
        {
            diagnostics.Add(Warn(DiagnosticIds.AblationNoBetterThanNull,
                $"{effect}, no more than removing {evidence.Null.Description} does: {Figures.PWithAdjusted(evidence.Null.P, evidence.Null.AdjustedP)} (null mean {Figures.Score(evidence.Null.Mean)}, 95th percentile {Figures.Score(evidence.Null.Quantile95)})"));
            verdict = Verdict.Refuted;
        }
        else if (VersusNull(evidence, spec) == MonteCarloDecision.Undecided)
        {
            diagnostics.Add(Warn(DiagnosticIds.NullComparisonUndecided,
                $"{effect}, too close to what removing {evidence.Null.Description} does to decide at α = {Figures.Score(spec.Alpha)}: {Figures.PWithAdjusted(evidence.Null.P, evidence.Null.AdjustedP)}; another seed could decide either way"));
            verdict = Verdict.Inconclusive;
        }
        else if (positives.MeanInterval.Upper < spec.MinEffect)
        {
            diagnostics.Add(Warn(DiagnosticIds.AblationBelowMinimum, $"{effect}, clearly below the claim's minimum effect of {Figures.Score(spec.MinEffect)}"));
            verdict = Verdict.Refuted;
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

    private static Verdict Specificity(AblationEvidence evidence, string effect, List<Diagnostic> diagnostics, string subject)
    {
        Verdict verdict = Verdict.Holds;
        // The claim is about the concept-relevant behaviour, so the effect must be shown larger where the concept is: an
        // interval that reaches 0 does not show it. A subject that moves the readout equally on every input (a bias-like
        // unit) has a difference near 0 however much data there is, so "more data would decide" would not be true.
        if (evidence.SpecificityInterval.Lower <= 0)
        {
            diagnostics.Add(Warn(DiagnosticIds.AblationNotSpecific,
                $"{effect}, but by {Figures.ScoreWithInterval(evidence.Negatives.Mean, evidence.Negatives.MeanInterval)} on examples without it (difference {Figures.ScoreWithInterval(evidence.Specificity, evidence.SpecificityInterval)}, not above 0): the subject drives the readout, not the concept-relevant part of it"));
            verdict = Verdict.Brittle;
        }

        if (evidence.DormantPathway?.ToDiagnostic(subject, evidence.Split) is { } dormant)
        {
            diagnostics.Add(dormant);
            verdict = Verdict.Brittle;
        }

        return verdict;
    }

    // An exact null (every other unit set once) has no Monte Carlo error: its p is compared with α as it is.
    private static MonteCarloDecision VersusNull(AblationEvidence evidence, AblationClaimSpec spec) =>
        MonteCarloP.Decide(evidence.Null.P, evidence.Null.AdjustedP, evidence.Null.Exact ? 0 : evidence.Null.Effects.Count, spec.Alpha);

    /// <summary>
    /// For an exact null whose subject ties or beats every other set (its p is the smallest the null can give): that
    /// smallest p at the family's scale when it is above α, so no verdict but Inconclusive is honest; else null.
    /// </summary>
    private static double? TooCoarse(AblationEvidence evidence, AblationClaimSpec spec)
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
