using ClaimCheck.Claims;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Statistics;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Tests.Verdicts;

/// <summary>The ablation verdict rules on hand-made evidence: one rule per test, the null's 95th percentile at 1.0.</summary>
public class AblationVerdictRulesTests
{
    private static readonly AblationClaimSpec Spec = new() { Readout = "stripes", Alpha = 0.05 };

    // 1,999 null effects spread evenly over [0, 1.0526]: the 95th percentile (type 7) is exactly 1.0.
    private static readonly double[] NullEffects = [.. Enumerable.Range(0, 1999).Select(i => i / 1998.0 * (1 / 0.95))];

    private static EffectSummary Effect(double mean, double lower, double upper) => new()
    {
        Count = 200, Mean = mean, MeanInterval = new Interval(lower, upper), Median = mean, MeanAbsolute = Math.Abs(mean), OppositeSignFraction = 0,
    };

    private static AblationEvidence Evidence(EffectSummary positives, double p, double adjustedP = double.NaN, Interval? specificity = null) => new()
    {
        Split = "held-out", Subject = "unit 3 of bottleneck", Concept = "stripes", Readout = "stripes", Kind = AblationKind.Mean,
        Effects = [], ConceptPresent = [], Positives = positives, Negatives = Effect(0.1, 0.05, 0.15),
        Specificity = positives.Mean - 0.1, SpecificityInterval = specificity ?? new Interval(positives.MeanInterval.Lower - 0.15, positives.MeanInterval.Upper - 0.05),
        Null = new AblationNull
        {
            Effects = NullEffects, P = p, AdjustedP = double.IsNaN(adjustedP) ? p : adjustedP, Mean = 0.53, Quantile95 = 1.0, Description = "1999 random directions in bottleneck",
        },
        DormantPathway = null, Path = AblationPath.FullForward, Seed = 1,
    };

    private static (Verdict, string[]) Decide(AblationEvidence evidence, AblationClaimSpec? spec = null)
    {
        (Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) = AblationVerdictRules.Decide(evidence, spec ?? Spec, 30, "unit 3 of bottleneck");
        return (verdict, diagnostics.Where(d => d.Severity != Severity.Info).Select(d => d.Id).ToArray());
    }

    [Test]
    public void The_critical_value_is_the_nulls_one_minus_alpha_quantile()
    {
        Assert.That(AblationVerdictRules.CriticalValue(Evidence(Effect(2, 1.9, 2.1), 0.001), Spec), Is.EqualTo(1.0).Within(1e-12));
        Assert.That(AblationVerdictRules.CriticalValue(Evidence(Effect(2, 1.9, 2.1), 0.001), Spec with { Alpha = 0.5 }), Is.EqualTo(0.5 / 0.95).Within(1e-12));
    }

    [Test]
    public void An_effect_that_beats_the_null_and_is_specific_holds()
    {
        Assert.That(Decide(Evidence(Effect(2, 1.9, 2.1), 0.001)), Is.EqualTo((Verdict.Holds, Array.Empty<string>())));
    }

    [Test]
    public void An_effect_typical_of_the_null_is_refuted()
    {
        Assert.That(Decide(Evidence(Effect(0.5, 0.4, 0.6), 0.5)), Is.EqualTo((Verdict.Refuted, new[] { DiagnosticIds.AblationNoBetterThanNull })));
    }

    [Test]
    public void Not_significant_after_the_family_adjustment_is_inconclusive_never_refuted()
    {
        // The stripes read-out's case: far above the null's 95th percentile, raw p 0.015, but a family that multiplies it
        // by 10 puts it clearly over α (0.074 from Holm over five is close enough to α that more draws are run first).
        Assert.That(Decide(Evidence(Effect(2, 1.9, 2.1), 0.015, adjustedP: 0.15)), Is.EqualTo((Verdict.Inconclusive, new[] { DiagnosticIds.AblationNotSignificant })));
    }

    [Test]
    public void An_interval_that_reaches_the_nulls_upper_quantile_is_undecided_when_p_is_large()
    {
        Assert.That(Decide(Evidence(Effect(0.9, 0.8, 1.01), 0.2)), Is.EqualTo((Verdict.Inconclusive, new[] { DiagnosticIds.AblationNotSignificant })));
    }

    [Test]
    public void An_effect_clearly_below_the_minimum_is_refuted_and_one_straddling_it_is_inconclusive()
    {
        AblationClaimSpec demanding = Spec with { MinEffect = 3 };
        Assert.That(Decide(Evidence(Effect(2, 1.9, 2.1), 0.001), demanding), Is.EqualTo((Verdict.Refuted, new[] { DiagnosticIds.AblationBelowMinimum })));
        Assert.That(Decide(Evidence(Effect(3, 2.9, 3.1), 0.001), demanding), Is.EqualTo((Verdict.Inconclusive, new[] { DiagnosticIds.AblationStraddlesMinimum })));
    }

    [Test]
    public void An_effect_mostly_there_without_the_concept_is_brittle()
    {
        // Effect 2 [1.9, 2.1] with the concept; the concept-specific part [-0.1, 0.2] lies wholly below half of 1.9.
        Assert.That(Decide(Evidence(Effect(2, 1.9, 2.1), 0.001, specificity: new Interval(-0.1, 0.2))),
            Is.EqualTo((Verdict.Brittle, new[] { DiagnosticIds.AblationNotSpecific })));
        // A specific part shown above 0 but small beside the effect is evidence against too: most of it is not about the concept.
        Assert.That(Decide(Evidence(Effect(2, 1.9, 2.1), 0.001, specificity: new Interval(0.3, 0.9))),
            Is.EqualTo((Verdict.Brittle, new[] { DiagnosticIds.AblationNotSpecific })));
    }

    [Test]
    public void A_specificity_interval_that_reaches_0_and_half_the_effect_is_inconclusive()
    {
        Assert.That(Decide(Evidence(Effect(2, 1.9, 2.1), 0.001, specificity: new Interval(-0.1, 1.5))),
            Is.EqualTo((Verdict.Inconclusive, new[] { DiagnosticIds.AblationSpecificityUndecided })));
    }

    [Test]
    public void A_specific_part_whose_interval_reaches_half_the_effect_holds()
    {
        // The SAE latent's case: 2.65 [2.55, 2.74] with stripes, 0.66 without, difference 1.99 [1.87, 2.10] > 1.275.
        Assert.That(Decide(Evidence(Effect(2.65, 2.55, 2.74), 0.001, specificity: new Interval(1.87, 2.10))),
            Is.EqualTo((Verdict.Holds, Array.Empty<string>())));
        Assert.That(Decide(Evidence(Effect(2, 1.9, 2.1), 0.001, specificity: new Interval(0.5, 1.2))),
            Is.EqualTo((Verdict.Holds, Array.Empty<string>())));
    }
}
