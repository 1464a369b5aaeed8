using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Statistics;
using ClaimCheck.Verdicts;
using NUnit.Framework;

namespace ClaimCheck.Tests.Verdicts;

/// <summary>The ablation verdict rules on hand-made evidence: one rule per test, the null's 95th percentile at 1.0.</summary>
public class AblationVerdictRulesTests
{
    private const int MinExamples = 30;

    private static readonly AblationSettings Spec = new() { Readout = "stripes", Alpha = 0.05 };

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

    private static (Verdict, string[]) Decide(AblationEvidence evidence, AblationSettings? spec = null)
    {
        (Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) = DecideFully(evidence, spec);
        return (verdict, diagnostics.Where(d => d.Severity != Severity.Info).Select(d => d.Id).ToArray());
    }

    private static (Verdict Verdict, IReadOnlyList<Diagnostic> Diagnostics) DecideFully(AblationEvidence evidence, AblationSettings? spec = null) =>
        AblationVerdictRules.Decide(evidence, spec ?? Spec, MinExamples, "unit 3 of bottleneck");

    // The message every ablation finding starts with, for an effect of 2 [1.9, 2.1] under mean ablation.
    private const string EffectOf2 = "removing it (mean) changes 'stripes' on examples with stripes by 2.00 [1.90, 2.10]";

    /// <summary>The evidence of a unit set ablated against the exact null of every other set: p and its smallest possible value.</summary>
    private static AblationEvidence ExactNull(double p, double smallestP, double adjustedP = double.NaN)
    {
        AblationEvidence evidence = Evidence(Effect(2, 1.9, 2.1), p, adjustedP);
        return evidence with { Null = evidence.Null with { Exact = true, SmallestP = smallestP } };
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
        AblationSettings demanding = Spec with { MinEffect = 3 };
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

    [Test]
    public void Missing_evidence_or_spec_is_refused_by_the_arguments_name()
    {
        Assert.That(() => AblationVerdictRules.Decide(null!, Spec, MinExamples, "unit 3"),
            Throws.ArgumentNullException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("evidence"));
        Assert.That(() => AblationVerdictRules.Decide(Evidence(Effect(2, 1.9, 2.1), 0.001), null!, MinExamples, "unit 3"),
            Throws.ArgumentNullException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("spec"));
    }

    [Test]
    public void Too_few_examples_on_either_side_is_inconclusive_and_says_how_many()
    {
        // One short of the minimum with the concept, then without it: each alone is too few.
        AblationEvidence fewPositives = Evidence(Effect(2, 1.9, 2.1) with { Count = MinExamples - 1 }, 0.001);
        AblationEvidence fewNegatives = Evidence(Effect(2, 1.9, 2.1), 0.001);
        fewNegatives = fewNegatives with { Negatives = fewNegatives.Negatives with { Count = MinExamples - 1 } };
        (Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) = DecideFully(fewPositives);
        Assert.That(verdict, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(diagnostics, Is.EqualTo(new[]
        {
            new Diagnostic(DiagnosticIds.TooFewExamples, Severity.Warning,
                "too few examples to decide the ablation on 'held-out': 29 with stripes and 200 without; at least 30 of each are needed"),
        }));
        Assert.That(Decide(fewNegatives), Is.EqualTo((Verdict.Inconclusive, new[] { DiagnosticIds.TooFewExamples })));
    }

    [Test]
    public void Exactly_the_minimum_number_of_examples_on_each_side_is_enough()
    {
        AblationEvidence evidence = Evidence(Effect(2, 1.9, 2.1) with { Count = MinExamples }, 0.001);
        evidence = evidence with { Negatives = evidence.Negatives with { Count = MinExamples } };
        Assert.That(Decide(evidence), Is.EqualTo((Verdict.Holds, Array.Empty<string>())));
    }

    [Test]
    public void An_exact_null_whose_smallest_p_is_above_alpha_leaves_a_subject_that_tops_it_inconclusive()
    {
        // Ten unit sets in all: the subject beats the other nine, yet p cannot go under 0.1.
        (Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) = DecideFully(ExactNull(p: 0.1, smallestP: 0.1));
        Assert.That(verdict, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(diagnostics, Is.EqualTo(new[]
        {
            new Diagnostic(DiagnosticIds.AblationNullTooCoarse, Severity.Warning,
                $"{EffectOf2}, as much as or more than 1999 random directions in bottleneck, but with so few sets the smallest p this null can give is 0.100, above α = 0.05: no unit set of this size can be shown to drive the readout here; ablate a direction, or a larger unit set"),
        }));
    }

    [Test]
    public void A_family_adjustment_can_make_an_exact_null_too_coarse()
    {
        // Fifty sets give 0.02 alone, but a family that multiplies p by 5 puts the smallest reachable p at 0.1.
        (Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) = DecideFully(ExactNull(p: 0.02, smallestP: 0.02, adjustedP: 0.1));
        Assert.That(verdict, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(diagnostics.Select(d => d.Id), Is.EqualTo(new[] { DiagnosticIds.AblationNullTooCoarse }));
        Assert.That(diagnostics[0].Message, Does.Contain("the smallest p this null can give is 0.100 for the family, above α = 0.05"));
    }

    [Test]
    public void An_exact_null_that_can_reach_alpha_decides_by_its_p()
    {
        // Twenty sets: the smallest p is exactly α, and p ≤ α beats the null; a thousand sets are finer still.
        Assert.That(Decide(ExactNull(p: 0.05, smallestP: 0.05)), Is.EqualTo((Verdict.Holds, Array.Empty<string>())));
        Assert.That(Decide(ExactNull(p: 0.001, smallestP: 0.001)), Is.EqualTo((Verdict.Holds, Array.Empty<string>())));
    }

    [Test]
    public void An_exact_null_the_subject_does_not_top_is_read_by_its_p_not_its_floor()
    {
        // Ten sets, two of them at least as extreme as the subject: p 0.3 is clearly over α, which is not the null's fault.
        Assert.That(Decide(ExactNull(p: 0.3, smallestP: 0.1)), Is.EqualTo((Verdict.Inconclusive, new[] { DiagnosticIds.AblationNotSignificant })));
    }

    [Test]
    public void A_p_within_rounding_of_the_smallest_counts_as_topping_the_exact_null()
    {
        Assert.That(Decide(ExactNull(p: 0.1 * (1 + 1e-9), smallestP: 0.1)), Is.EqualTo((Verdict.Inconclusive, new[] { DiagnosticIds.AblationNullTooCoarse })));
        Assert.That(Decide(ExactNull(p: 0.1 * (1 + 1e-6), smallestP: 0.1)), Is.EqualTo((Verdict.Inconclusive, new[] { DiagnosticIds.AblationNotSignificant })));
    }

    [Test]
    public void A_null_of_random_draws_is_never_too_coarse()
    {
        // Only an exact null has a floor; random draws are judged by their p's Monte Carlo interval, whatever SmallestP says.
        AblationEvidence evidence = Evidence(Effect(2, 1.9, 2.1), 0.1);
        evidence = evidence with { Null = evidence.Null with { Exact = false, SmallestP = 0.1 } };
        Assert.That(Decide(evidence), Is.EqualTo((Verdict.Inconclusive, new[] { DiagnosticIds.AblationNotSignificant })));
    }

    [Test]
    public void An_exact_null_with_a_p_of_0_reads_its_floor_without_dividing_by_it()
    {
        // The check never records p = 0 (an exact p is at least its smallest), but hand-made evidence can: no family scale
        // can be read from it, so the floor is the null's own smallest p.
        (Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) = DecideFully(ExactNull(p: 0, smallestP: 0.1, adjustedP: 0));
        Assert.That(verdict, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(diagnostics.Select(d => d.Id), Is.EqualTo(new[] { DiagnosticIds.AblationNullTooCoarse }));
        Assert.That(diagnostics[0].Message, Does.Contain("the smallest p this null can give is 0.100, above α"));
    }

    [Test]
    public void A_null_with_no_draws_has_no_critical_value()
    {
        AblationEvidence evidence = Evidence(Effect(2, 1.9, 2.1), 0.001);
        evidence = evidence with { Null = evidence.Null with { Effects = [] } };
        Assert.That(AblationVerdictRules.CriticalValue(evidence, Spec), Is.EqualTo(double.NegativeInfinity));
        Assert.That(Decide(evidence), Is.EqualTo((Verdict.Holds, Array.Empty<string>())));
    }

    [Test]
    public void An_effect_typical_of_the_null_says_where_it_lies()
    {
        (Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) = DecideFully(Evidence(Effect(0.5, 0.4, 0.6), 0.5), Spec with { Alpha = 0.1 });
        Assert.That(verdict, Is.EqualTo(Verdict.Refuted));
        double critical = AblationVerdictRules.CriticalValue(Evidence(Effect(0.5, 0.4, 0.6), 0.5), Spec with { Alpha = 0.1 });
        Assert.That(critical, Is.EqualTo(0.9 / 0.95).Within(1e-12));
        Assert.That(diagnostics, Is.EqualTo(new[]
        {
            new Diagnostic(DiagnosticIds.AblationNoBetterThanNull, Severity.Warning,
                "removing it (mean) changes 'stripes' on examples with stripes by 0.50 [0.40, 0.60], typical of removing 1999 random directions in bottleneck: the whole interval lies below the null's 90th percentile; p = 0.500 (null mean 0.53, 90th percentile 0.95)"),
        }));
    }

    [Test]
    public void An_interval_whose_upper_end_is_exactly_the_nulls_quantile_is_not_typical_of_it()
    {
        double critical = AblationVerdictRules.CriticalValue(Evidence(Effect(2, 1.9, 2.1), 0.2), Spec);
        Assert.That(Decide(Evidence(Effect(critical - 0.1, critical - 0.2, critical), 0.2)),
            Is.EqualTo((Verdict.Inconclusive, new[] { DiagnosticIds.AblationNotSignificant })));
    }

    [Test]
    public void An_interval_whose_upper_end_is_exactly_the_minimum_effect_is_not_clearly_below_it()
    {
        AblationSettings demanding = Spec with { MinEffect = 3 };
        (Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) = DecideFully(Evidence(Effect(2.9, 2.8, 3), 0.001), demanding);
        Assert.That(verdict, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(diagnostics, Is.EqualTo(new[]
        {
            new Diagnostic(DiagnosticIds.AblationStraddlesMinimum, Severity.Warning,
                "removing it (mean) changes 'stripes' on examples with stripes by 2.90 [2.80, 3.00], whose interval straddles the claim's minimum effect of 3.00: more data would decide"),
        }));
    }

    [Test]
    public void An_interval_whose_lower_end_is_exactly_the_minimum_effect_reaches_it()
    {
        Assert.That(Decide(Evidence(Effect(3.1, 3, 3.2), 0.001), Spec with { MinEffect = 3 }), Is.EqualTo((Verdict.Holds, Array.Empty<string>())));
    }

    [Test]
    public void An_effect_clearly_below_the_minimum_says_the_minimum()
    {
        (_, IReadOnlyList<Diagnostic> diagnostics) = DecideFully(Evidence(Effect(2, 1.9, 2.1), 0.001), Spec with { MinEffect = 3 });
        Assert.That(diagnostics, Is.EqualTo(new[]
        {
            new Diagnostic(DiagnosticIds.AblationBelowMinimum, Severity.Warning, $"{EffectOf2}, clearly below the claim's minimum effect of 3.00"),
        }));
    }

    [Test]
    public void Not_significant_says_both_ps_and_the_nulls_figures()
    {
        (_, IReadOnlyList<Diagnostic> diagnostics) = DecideFully(Evidence(Effect(2, 1.9, 2.1), 0.015, adjustedP: 0.15));
        Assert.That(diagnostics, Is.EqualTo(new[]
        {
            new Diagnostic(DiagnosticIds.AblationNotSignificant, Severity.Warning,
                $"{EffectOf2}, above most of what removing 1999 random directions in bottleneck does but not beyond the null at α = 0.05: p = 0.015, 0.150 adjusted for the family (null mean 0.53, 95th percentile 1.00); not shown, which is not evidence against it"),
        }));
    }

    [Test]
    public void A_p_whose_monte_carlo_interval_straddles_alpha_is_inconclusive()
    {
        // 99 of 1,999 draws at least as extreme: p = 0.05, and its 99% Wilson interval reaches both sides of α.
        (Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) = DecideFully(Evidence(Effect(2, 1.9, 2.1), 0.05));
        Assert.That(verdict, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(diagnostics, Is.EqualTo(new[]
        {
            new Diagnostic(DiagnosticIds.NullComparisonUndecided, Severity.Warning,
                $"{EffectOf2}, too close to what removing 1999 random directions in bottleneck does to decide at α = 0.05: p = 0.050; another seed could decide either way"),
        }));
    }

    [Test]
    public void A_specific_part_whose_upper_end_is_exactly_half_the_effect_is_not_wholly_below_it()
    {
        // Effect 2.1 [2.0, 2.2]: half its lower bound is 1.0.
        Assert.That(Decide(Evidence(Effect(2.1, 2, 2.2), 0.001, specificity: new Interval(0.3, 1))), Is.EqualTo((Verdict.Holds, Array.Empty<string>())));
    }

    [Test]
    public void A_specific_part_whose_lower_end_is_exactly_0_reaches_0()
    {
        (Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) = DecideFully(Evidence(Effect(2, 1.9, 2.1), 0.001, specificity: new Interval(0, 1.5)));
        Assert.That(verdict, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(diagnostics, Is.EqualTo(new[]
        {
            new Diagnostic(DiagnosticIds.AblationSpecificityUndecided, Severity.Warning,
                $"{EffectOf2}, and by 0.10 [0.05, 0.15] on examples without it (difference 1.90 [0.00, 1.50], which reaches 0): whether the effect is specific to stripes is undecided; more data would decide"),
        }));
    }

    [Test]
    public void A_specific_part_wholly_below_half_the_effect_says_both_figures()
    {
        (_, IReadOnlyList<Diagnostic> diagnostics) = DecideFully(Evidence(Effect(2, 1.9, 2.1), 0.001, specificity: new Interval(0.3, 0.9)));
        Assert.That(diagnostics, Is.EqualTo(new[]
        {
            new Diagnostic(DiagnosticIds.AblationNotSpecific, Severity.Warning,
                $"{EffectOf2}, and by 0.10 [0.05, 0.15] on examples without it (difference 1.90 [0.30, 0.90], wholly below half the effect with it, 0.95): most of the effect does not depend on stripes, so the subject drives the readout, not the concept-relevant part of it"),
        }));
    }

    [Test]
    public void A_direction_that_moves_the_readout_more_than_its_layer_is_brittle_even_when_specific()
    {
        EffectSummary layer = Effect(1, 0.9, 1.1);
        AblationEvidence evidence = Evidence(Effect(2, 1.9, 2.1), 0.001) with
        {
            DormantPathway = new DormantPathwayCheck { DirectionEffect = 2, LayerPositives = layer, LayerNegatives = layer, Flagged = true },
        };
        (Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) = DecideFully(evidence);
        Assert.That(verdict, Is.EqualTo(Verdict.Brittle));
        Assert.That(diagnostics, Is.EqualTo(new[] { evidence.DormantPathway!.ToDiagnostic("unit 3 of bottleneck", "held-out") }));
        Assert.That(diagnostics[0].Id, Is.EqualTo(DiagnosticIds.DormantPathway));

        AblationEvidence unflagged = evidence with { DormantPathway = evidence.DormantPathway with { Flagged = false } };
        Assert.That(Decide(unflagged), Is.EqualTo((Verdict.Holds, Array.Empty<string>())));
    }

    [Test]
    public void A_fifth_of_the_examples_moving_against_the_mean_is_reported_as_cancelling()
    {
        (Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) = DecideFully(Evidence(Effect(2, 1.9, 2.1) with { OppositeSignFraction = 0.2 }, 0.001));
        Assert.That(verdict, Is.EqualTo(Verdict.Holds));
        Assert.That(diagnostics, Is.EqualTo(new[]
        {
            new Diagnostic(DiagnosticIds.AblationEffectsCancel, Severity.Info,
                "0.20 of the examples with stripes move 'stripes' against the mean effect (median 2.00): the average hides effects that cancel"),
        }));

        // Just under a fifth, and with none against the mean, the average describes the typical example: nothing to report.
        Assert.That(DecideFully(Evidence(Effect(2, 1.9, 2.1) with { OppositeSignFraction = 0.19 }, 0.001)).Diagnostics, Is.Empty);
        Assert.That(DecideFully(Evidence(Effect(2, 1.9, 2.1), 0.001)).Diagnostics, Is.Empty);
    }
}
