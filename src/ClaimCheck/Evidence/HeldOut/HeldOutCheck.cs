using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;

namespace ClaimCheck.Evidence.HeldOut;

/// <summary>
/// Measures a claim on data: per split the AUROC with its interval, the null comparison and the top-quantile
/// precision; the discovery-to-held-out gap; and the subject's responses to the library's other concepts.
/// </summary>
public static class HeldOutCheck
{
    /// <summary>
    /// Runs the check. Throws <see cref="ClaimCheckException"/> on bad input. Its only random draws are the layer's null,
    /// seeded by the claim's run seed and its layer (<see cref="ClaimDefinition.Seed"/>), so claims on one layer share them.
    /// </summary>
    public static HeldOutEvidence Measure(AuditTarget target, ClaimDefinition claim, HeldOutSettings spec)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(spec);
        Concept concept = target.Concepts[claim.Concept];
        ulong nullSeed = LayerNullSeed.For(claim.Seed, claim.Subject.Layer);

        SplitScore? discovery = target.Discovery is { } d ? ScoreSplit(target, claim, concept, spec, d, nullSeed) : null;
        var heldOut = target.HeldOutSplits.Select(s => ScoreSplit(target, claim, concept, spec, s, nullSeed)).ToArray();
        var gaps = discovery is null || discovery.Status == SplitStatus.TooFewExamples
            ? []
            : heldOut.Where(h => h.Status != SplitStatus.TooFewExamples).Select(h => Gap(discovery, h, spec)).ToArray();
        var others = target.HeldOutSplits.SelectMany(s => OtherConcepts(target, claim, concept, spec, s)).ToArray();
        return new HeldOutEvidence { Discovery = discovery, HeldOut = heldOut, Gaps = gaps, OtherConcepts = others, NullSeed = nullSeed };
    }

    private static SplitScore ScoreSplit(AuditTarget target, ClaimDefinition claim, Concept concept, HeldOutSettings spec, DataSplit split, ulong nullSeed)
    {
        bool[] labels = concept.Label(split);
        int positives = labels.Count(l => l);
        int negatives = labels.Length - positives;
        if (positives == 0 || negatives == 0)
        {
            throw new ClaimCheckException(DiagnosticIds.ConceptWithoutContrast,
                $"concept '{concept.Name}' has {positives} positive and {negatives} negative examples in split '{split.Name}'; selectivity needs both");
        }

        ActivationMatrix activations = target.Activations.Get(split, claim.Subject.Layer, claim.Subject.Reduction);
        double[] scores = SubjectScorer.Score(claim.Subject, activations, target);
        // DeLong's variance needs two of each class; below that the split only counts as "too few" anyway. Where the
        // examples name their documents, the documents are the independent units, and they have their own floor.
        Selectivity selectivity = Selectivity.Measure(claim.Subject, activations, scores, labels, spec, nullSeed, target, split.DocumentIds);
        bool tooFew = positives < spec.MinExamples || negatives < spec.MinExamples
            || (split.DocumentIds is not null && (selectivity.PositiveDocuments < spec.MinDocuments || selectivity.NegativeDocuments < spec.MinDocuments));
        (double auroc, Interval interval, double p) = (selectivity.Auroc, selectivity.Interval, selectivity.P);
        NullDistribution.Result nulls = selectivity.Nulls;
        (int topCount, int topPositives) = TopQuantile.TopCounts(scores, labels, spec.TopQuantile, spec.MinTopCount);
        var score = new SplitScore
        {
            Split = split.Name,
            IsDiscovery = split.Role == SplitRole.Discovery,
            Positives = positives,
            Negatives = negatives,
            Auroc = auroc,
            AurocInterval = interval,
            AurocVariance = selectivity.Variance,
            NullP = p,
            NullSize = nulls.All.Length,
            NullQuantile95 = Descriptive.Quantile(nulls.All, 0.95),
            NullCriticalValue = Descriptive.Quantile(nulls.All, 1 - spec.Alpha),
            IsConstant = IsConstant(scores),
            UnitRank = claim.Subject is UnitSubject ? 1 + nulls.OtherUnits.Count(o => o > auroc) : 0,
            UnitCount = claim.Subject is UnitSubject ? activations.Units : 0,
            MeanDifference = LabelledValues.MeanOf(scores, labels, true) - LabelledValues.MeanOf(scores, labels, false),
            TopCount = topCount,
            TopPositives = topPositives,
            TopPrecisionInterval = Wilson.ScoreInterval(topPositives, topCount, spec.ConfidenceLevel),
            BaseRate = (double)positives / labels.Length,
            PositiveDocuments = selectivity.PositiveDocuments,
            NegativeDocuments = selectivity.NegativeDocuments,
            DesignEffect = selectivity.DesignEffect,
            Status = SplitStatus.TooFewExamples,
            NullScores = nulls.All,
            ActivationsByConcept = Histogram.Of(LabelledValues.Of(scores, labels, true), LabelledValues.Of(scores, labels, false)),
            TokenExamples = TokenExamples.Pick(target, claim.Subject, split, scores, labels),
        };
        return tooFew ? score : score with { Status = Judge(score, p, spec) };
    }

    /// <summary>
    /// A split's status (docs/verdicts.md): first the evidence against the claim (a constant subject, an AUROC interval
    /// below the null's (1 − α) quantile, an interval below the bar), then the null comparison, judged with the p's Monte
    /// Carlo interval at <paramref name="adjustedP"/> (the family's scale; the raw p for a claim alone), then the bar.
    /// A p that is not small enough is undecided, never evidence against: "not significant" is not "refuted".
    /// </summary>
    internal static SplitStatus Judge(SplitScore split, double adjustedP, HeldOutSettings spec)
    {
        if (split.IsConstant)
        {
            return SplitStatus.Constant;
        }

        // Typical of the null first: when both hold, "other readouts of the layer do as well" is the stronger finding.
        if (split.AurocInterval.Upper < split.NullCriticalValue)
        {
            return SplitStatus.TypicalOfNull;
        }

        if (split.AurocInterval.Upper < spec.MinAuroc)
        {
            return SplitStatus.BelowBar;
        }

        switch (MonteCarloP.Decide(split.NullP, adjustedP, split.NullSize, spec.Alpha))
        {
            case MonteCarloDecision.NoBetterThanNull:
                return SplitStatus.NotSignificant;
            case MonteCarloDecision.Undecided:
                return SplitStatus.NullUndecided;
        }

        return split.AurocInterval.Lower >= spec.MinAuroc ? SplitStatus.Pass : SplitStatus.Undecided;
    }

    // Exact equality on purpose: a subject that varies at all can still order examples, however slightly.
    private static bool IsConstant(double[] scores) => scores.Length > 0 && scores.All(s => s.Equals(scores[0]));

    private static GapScore Gap(SplitScore discovery, SplitScore heldOut, HeldOutSettings spec) =>
        new(heldOut.Split, discovery.Auroc - heldOut.Auroc,
            DeLong.DifferenceOfIndependent((discovery.Auroc, discovery.AurocVariance), (heldOut.Auroc, heldOut.AurocVariance), spec.ConfidenceLevel));

    /// <summary>
    /// The AUROC for another concept among the examples without the claimed one, with DeLong's interval, or the
    /// document-clustered one where the split names documents (null when fewer than <see cref="HeldOutSettings.MinDocuments"/>
    /// documents hold either class: too few to say the subject also responds).
    /// </summary>
    private static (double Auroc, Interval Interval)? OtherConceptAuroc(
        double[] scores, bool[] labels, int[]? documents, int positives, int negatives, HeldOutSettings spec)
    {
        if (documents is null)
        {
            (double Auroc, double Variance) estimate = DeLong.Estimate(scores, labels);
            return (estimate.Auroc, DeLong.Interval(estimate, positives, negatives, spec.ConfidenceLevel));
        }

        int positiveDocuments = documents.Where((_, i) => labels[i]).Distinct().Count();
        int negativeDocuments = documents.Where((_, i) => !labels[i]).Distinct().Count();
        if (positiveDocuments < Math.Max(2, spec.MinDocuments) || negativeDocuments < Math.Max(2, spec.MinDocuments))
        {
            return null;
        }

        ClusteredAuroc clustered = ClusteredDeLong.Estimate(scores, labels, documents);
        return (clustered.Auroc, ClusteredDeLong.Interval(clustered, spec.ConfidenceLevel));
    }

    private static IEnumerable<OtherConceptScore> OtherConcepts(AuditTarget target, ClaimDefinition claim, Concept concept, HeldOutSettings spec, DataSplit split)
    {
        bool[] claimed = concept.Label(split);
        ActivationMatrix activations = target.Activations.Get(split, claim.Subject.Layer, claim.Subject.Reduction);
        double[] scores = SubjectScorer.Score(claim.Subject, activations, target);
        int[] absent = Enumerable.Range(0, split.Count).Where(i => !claimed[i]).ToArray();
        double[] absentScores = absent.Select(i => scores[i]).ToArray();
        int[]? absentDocuments = split.DocumentIds is { } ids ? absent.Select(i => ids[i]).ToArray() : null;
        var results = new List<OtherConceptScore>();
        foreach (Concept other in target.Concepts.Where(c => c.Name != concept.Name))
        {
            bool[] otherLabels = other.Label(split);
            bool[] absentLabels = absent.Select(i => otherLabels[i]).ToArray();
            int positives = absentLabels.Count(l => l);
            int negatives = absentLabels.Length - positives;
            if (positives < spec.MinExamples || negatives < spec.MinExamples)
            {
                continue;
            }

            if (OtherConceptAuroc(absentScores, absentLabels, absentDocuments, positives, negatives, spec) is not { } estimate)
            {
                continue;
            }

            results.Add(new OtherConceptScore
            {
                Concept = other.Name,
                Split = split.Name,
                Positives = positives,
                Negatives = negatives,
                Auroc = estimate.Auroc,
                AurocInterval = estimate.Interval,
            });
        }

        return results.OrderByDescending(r => r.Auroc).ThenBy(r => r.Concept, StringComparer.Ordinal);
    }
}
