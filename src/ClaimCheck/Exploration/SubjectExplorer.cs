using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence;
using ClaimCheck.Evidence.HeldOut;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;

namespace ClaimCheck.Exploration;

/// <summary>
/// Explains a subject before any claim is made about it: for every concept of the audit target's library, the
/// subject's AUROC on each split with its DeLong interval and an empirical p against the same null a held-out claim
/// meets (the layer's other units and random directions), ranked by the worst held-out AUROC; and the examples that
/// activate it most, with the concepts they show. The figures come from the same statistics as claims, so a claim
/// formed from this output meets the same numbers when it is tested.
/// </summary>
public static class SubjectExplorer
{
    /// <summary>Explains <paramref name="subject"/> on <paramref name="target"/>.</summary>
    /// <exception cref="ClaimCheckException">
    /// Bad input, with the IDs a claim would get: CLM5001 unknown layer, CLM5002 unit out of range, CLM5010 unknown
    /// direction, CLM5009 unknown split; CLM0010 or CLM4101 for settings out of range.
    /// </exception>
    public static SubjectExplanation Explain(AuditTarget target, Subject subject, ExplainSettings settings)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        target.Prepare();
        HeldOutSettings spec = settings.Statistics;
        // The layer's null under the run seed: the draws a claim on this layer with the same seed is compared with.
        ulong nullSeed = Evidence.HeldOut.LayerNullSeed.For(settings.Seed, subject.Layer);
        IReadOnlyList<DataSplit> heldOut = target.HeldOutSplits;
        DataSplit examplesSplit = settings.ExamplesSplit is { } name ? target.Split(name) : heldOut[0];

        var scored = new Dictionary<string, ScoredSplit>(StringComparer.Ordinal);
        foreach (DataSplit split in target.Splits)
        {
            ActivationMatrix activations = target.Activations.Get(split, subject.Layer, subject.Reduction);
            scored[split.Name] = new ScoredSplit(split, activations, SubjectScorer.Score(subject, activations, target));
        }

        int nullSize = 0;
        var unranked = new List<(Concept Concept, ConceptSplitScore? Discovery, ConceptSplitScore[] HeldOut)>();
        foreach (Concept concept in target.Concepts)
        {
            ConceptSplitScore? discovery = target.Discovery is { } d ? Score(target, subject, concept, scored[d.Name], spec, nullSeed, ref nullSize) : null;
            ConceptSplitScore[] held = heldOut
                .Select(s => Score(target, subject, concept, scored[s.Name], spec, nullSeed, ref nullSize))
                .OfType<ConceptSplitScore>()
                .ToArray();
            unranked.Add((concept, discovery, held));
        }

        return new SubjectExplanation
        {
            Subject = subject.Describe(),
            Reduction = subject.Reduction,
            Target = target.Name,
            LayerUnits = scored[heldOut[0].Name].Activations.Units,
            Settings = settings,
            NullSize = nullSize,
            HeldOutSplits = heldOut.Select(s => s.Name).ToArray(),
            DiscoverySplit = target.Discovery?.Name,
            Concepts = Rank(unranked),
            ExamplesSplit = examplesSplit.Name,
            TopExamples = TopExamples(target, scored[examplesSplit.Name], settings.TopExamples),
            TopSet = TopSet(target, scored[examplesSplit.Name], spec),
        };
    }

    private static ConceptSplitScore? Score(AuditTarget target, Subject subject, Concept concept, ScoredSplit split, HeldOutSettings spec, ulong nullSeed, ref int nullSize)
    {
        bool[] labels = concept.Label(split.Split);
        int positives = labels.Count(l => l);
        int negatives = labels.Length - positives;
        if (positives < 2 || negatives < 2)
        {
            // DeLong's variance needs two of each class; a concept the split hardly shows says nothing about the subject.
            return null;
        }

        // The same intervals a claim gets: clustered by document where the split names its documents.
        int[]? documents = split.Split.DocumentIds;
        Selectivity selectivity = Selectivity.Measure(subject, split.Activations, split.Scores, labels, spec, nullSeed, target, documents);
        nullSize = selectivity.Nulls.All.Length;
        return new ConceptSplitScore(
            split.Split.Name,
            positives,
            negatives,
            selectivity.Auroc,
            selectivity.Interval,
            selectivity.P,
            positives < spec.MinExamples || negatives < spec.MinExamples
            || (documents is not null && (selectivity.PositiveDocuments < spec.MinDocuments || selectivity.NegativeDocuments < spec.MinDocuments)));
    }

    private static ConceptResponse[] Rank(List<(Concept Concept, ConceptSplitScore? Discovery, ConceptSplitScore[] HeldOut)> unranked)
    {
        var responses = unranked.Select(u =>
        {
            ConceptSplitScore[] counted = u.HeldOut.Where(s => !s.TooFew).ToArray();
            return new ConceptResponse
            {
                Concept = u.Concept.Name,
                Description = u.Concept.Description,
                Discovery = u.Discovery,
                HeldOut = u.HeldOut,
                WorstHeldOutAuroc = counted.Length == 0 ? double.NaN : counted.Min(s => s.Auroc),
                WorstHeldOutP = counted.Length == 0 ? double.NaN : counted.Max(s => s.NullP),
                AdjustedP = double.NaN,
                Direction = DirectionOf(counted, u.HeldOut.Length),
            };
        }).ToArray();

        // Holm over the concepts that could be tested: the auditor reads the whole list, so the list is the family.
        int[] tested = Enumerable.Range(0, responses.Length).Where(i => !double.IsNaN(responses[i].WorstHeldOutP)).ToArray();
        double[] adjusted = MultipleTesting.Holm(tested.Select(i => responses[i].WorstHeldOutP).ToArray());
        for (int k = 0; k < tested.Length; k++)
        {
            responses[tested[k]] = responses[tested[k]] with { AdjustedP = adjusted[k] };
        }

        return responses
            .OrderBy(r => double.IsNaN(r.WorstHeldOutAuroc) ? 1 : 0)
            .ThenByDescending(r => double.IsNaN(r.WorstHeldOutAuroc) ? 0 : r.WorstHeldOutAuroc)
            .ThenBy(r => r.Concept, StringComparer.Ordinal)
            .ToArray();
    }

    private static ResponseDirection DirectionOf(ConceptSplitScore[] counted, int scoredSplits)
    {
        // Only a response seen on every held-out split (each with enough examples) gets a direction.
        if (counted.Length == 0 || counted.Length != scoredSplits)
        {
            return ResponseDirection.Unclear;
        }

        return counted.All(s => s.Interval.Lower > 0.5) ? ResponseDirection.Higher
            : counted.All(s => s.Interval.Upper < 0.5) ? ResponseDirection.Lower
            : ResponseDirection.Unclear;
    }

    private static TopExample[] TopExamples(AuditTarget target, ScoredSplit split, int count)
    {
        bool[][] labels = target.Concepts.Select(c => c.Label(split.Split)).ToArray();
        // Highest first; equal scores keep split order, so the list does not depend on how a sort treats ties.
        return Enumerable.Range(0, split.Scores.Length)
            .OrderByDescending(i => split.Scores[i])
            .ThenBy(i => i)
            .Take(count)
            .Select(i => new TopExample(i, split.Scores[i],
                Enumerable.Range(0, labels.Length).Where(c => labels[c][i]).Select(c => target.Concepts[c].Name).ToArray())
            {
                Tokens = target.TokensOf(split.Split, i),
            })
            .ToArray();
    }

    private static TopConceptShare[] TopSet(AuditTarget target, ScoredSplit split, HeldOutSettings spec) =>
        target.Concepts.Select(concept =>
        {
            bool[] labels = concept.Label(split.Split);
            (int count, int positives) = TopQuantile.TopCounts(split.Scores, labels, spec.TopQuantile, spec.MinTopCount);
            return new TopConceptShare(concept.Name, positives, count, Wilson.ScoreInterval(positives, count, spec.ConfidenceLevel),
                (double)labels.Count(l => l) / labels.Length);
        })
        .OrderByDescending(s => s.Share)
        .ThenBy(s => s.Concept, StringComparer.Ordinal)
        .ToArray();

    private sealed record ScoredSplit(DataSplit Split, ActivationMatrix Activations, double[] Scores);
}
