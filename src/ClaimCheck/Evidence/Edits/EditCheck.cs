using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Statistics;
using ClaimCheck.Targets;
using FsCheck;
using Interval = ClaimCheck.Statistics.Interval;

namespace ClaimCheck.Evidence.Edits;

/// <summary>
/// The targeted-edit check: per edit kind, cases are drawn deterministically from the concept's arbitraries, evaluated
/// in batched forward passes, judged on the edit scale (raw activation units by default, held-out ranks on request, see
/// <see cref="EditScale"/>) against δ = 0.5Δ or ε = 0.25Δ, and the first failure is shrunk with the arbitrary's
/// shrinker to the smallest counterexample, recorded with what replays it and described in words.
/// </summary>
/// <example>
/// <code>
/// double gap = EditGap.OnSplit(target, subject, "stripes", "held-out");
/// EditResult&lt;Scene&gt; result = EditCheck.Measure(target, subject, edits, encoder, gap);
/// Console.WriteLine(result.Evidence.For(EditKind.Nuisance)?.Counterexample?.Summary);
/// </code>
/// </example>
public static class EditCheck
{
    /// <summary>Measures the edit properties of <paramref name="subject"/> for the concept of <paramref name="edits"/>.</summary>
    /// <param name="target">The audit target whose model runs.</param>
    /// <param name="subject">The unit, unit set or direction.</param>
    /// <param name="edits">The concept's edit generators.</param>
    /// <param name="encoder">Turns the world's inputs into model inputs.</param>
    /// <param name="gap">Δ from held-out data (see <see cref="EditGap.OnSplit"/>); not positive gives CLM2001 and no cases.</param>
    /// <param name="settings">How to run; <see cref="EditSettings.Default"/> when null.</param>
    public static EditResult<TInput> Measure<TInput>(
        AuditTarget target, Subject subject, IConceptEdits<TInput> edits, IInputEncoder<TInput> encoder, double gap, EditSettings? settings = null) =>
        Measure(target, subject, edits, encoder, EditScale.Raw(gap), settings);

    /// <summary>Measures the edit properties on <paramref name="scale"/> (see <see cref="EditGap.Scale"/>).</summary>
    /// <param name="target">The audit target whose model runs.</param>
    /// <param name="subject">The unit, unit set or direction.</param>
    /// <param name="edits">The concept's edit generators.</param>
    /// <param name="encoder">Turns the world's inputs into model inputs.</param>
    /// <param name="scale">The edit scale and its held-out Δ; a Δ that is not positive gives CLM2001 and no cases.</param>
    /// <param name="settings">How to run; <see cref="EditSettings.Default"/> when null.</param>
    public static EditResult<TInput> Measure<TInput>(
        AuditTarget target, Subject subject, IConceptEdits<TInput> edits, IInputEncoder<TInput> encoder, EditScale scale, EditSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(scale);
        double gap = scale.Gap;
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(edits);
        ArgumentNullException.ThrowIfNull(encoder);
        settings ??= EditSettings.Default;
        RequireValid(settings);
        var thresholds = EditThresholds.FromScale(scale, settings);
        var kinds = new List<EditKindEvidence>();
        var diagnostics = new List<Diagnostic>();
        var minimal = new Dictionary<EditKind, EditCase<TInput>>();
        if (!double.IsFinite(gap) || gap <= 0)
        {
            diagnostics.Add(EditDiagnostics.GapNotPositive(subject.Describe(), edits.Concept, gap));
        }
        else
        {
            var scorer = new EditScorer<TInput>(target, subject, encoder, scale);
            foreach (EditKind kind in settings.Kinds)
            {
                (EditKindEvidence evidence, EditCase<TInput>? shrunk) = MeasureKind(kind, edits.For(kind), subject, thresholds, scorer, settings);
                kinds.Add(evidence);
                if (shrunk is not null)
                {
                    minimal[kind] = shrunk;
                }

                if (evidence.Outcome == EditOutcome.TooFewCases)
                {
                    diagnostics.Add(EditDiagnostics.TooFewCases(evidence, settings));
                }
                else if (evidence.Outcome == EditOutcome.Undecided)
                {
                    diagnostics.Add(EditDiagnostics.RateStraddlesLimit(evidence, edits.Concept, settings));
                }
                else if (evidence.Outcome == EditOutcome.Failed)
                {
                    diagnostics.Add(EditDiagnostics.KindFails(evidence, edits.Concept, settings));
                }
            }
        }

        var record = new EditEvidence
        {
            Subject = subject.Describe(),
            Concept = edits.Concept,
            Thresholds = thresholds,
            Seed = settings.Seed,
            Strict = settings.Strict,
            Kinds = kinds,
            Diagnostics = diagnostics,
        };
        return new EditResult<TInput>(record, minimal);
    }

    /// <summary>Evaluates <paramref name="cases"/> of <paramref name="kind"/> in batches of <see cref="EditSettings.CasesPerBatch"/> cases.</summary>
    public static IReadOnlyList<CaseResult<TInput>> Evaluate<TInput>(
        IReadOnlyList<EditCase<TInput>> cases, EditKind kind, EditThresholds thresholds, EditScorer<TInput> scorer, int casesPerBatch)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(scorer);
        var results = new List<CaseResult<TInput>>(cases.Count);
        int batch = Math.Max(1, casesPerBatch);
        for (int start = 0; start < cases.Count; start += batch)
        {
            EditCase<TInput>[] chunk = cases.Skip(start).Take(batch).ToArray();
            (double Before, double After)[] scores = scorer.ScoreCases(chunk);
            for (int i = 0; i < chunk.Length; i++)
            {
                results.Add(new CaseResult<TInput>(chunk[i], scores[i].Before, scores[i].After, thresholds.Holds(kind, scores[i].Before, scores[i].After)));
            }
        }

        return results;
    }

    /// <summary>
    /// An edit kind's outcome by the one verdict rule: a failure rate whose whole interval lies at or above the limit
    /// (or, in strict mode, any counterexample) is evidence against the claim; one whose interval straddles the limit
    /// is undecided; one whose interval lies under it passes.
    /// </summary>
    internal static EditOutcome Judge(int failures, Interval interval, EditSettings settings)
    {
        if ((settings.Strict && failures > 0) || interval.Lower >= settings.FailureLimit)
        {
            return EditOutcome.Failed;
        }

        if (interval.Upper < settings.FailureLimit)
        {
            return EditOutcome.Passed;
        }

        return failures > 0 ? EditOutcome.Undecided : EditOutcome.TooFewCases;
    }

    private static (EditKindEvidence Evidence, EditCase<TInput>? Minimal) MeasureKind<TInput>(
        EditKind kind, Arbitrary<EditCase<TInput>> arbitrary, Subject subject, EditThresholds thresholds, EditScorer<TInput> scorer, EditSettings settings)
    {
        IReadOnlyList<EditCase<TInput>> cases = CaseSampler.Sample(arbitrary, kind, settings);
        IReadOnlyList<CaseResult<TInput>> results = Evaluate(cases, kind, thresholds, scorer, settings.CasesPerBatch);
        int failures = results.Count(r => !r.Holds);
        Interval interval = Wilson.ScoreInterval(failures, results.Count, settings.Level);
        EditOutcome outcome = Judge(failures, interval, settings);

        EditCounterexample? counterexample = null;
        EditCase<TInput>? minimal = null;
        int firstFailing = results.ToList().FindIndex(r => !r.Holds);
        if (firstFailing >= 0)
        {
            var shrink = CounterexampleShrinker.Shrink(arbitrary, cases[firstFailing], kind, thresholds, scorer, settings);
            minimal = shrink.Minimal;
            var replay = new EditReplay(settings.Seed, kind, firstFailing, settings.SizeOf(firstFailing), shrink.Path);
            counterexample = Describe(kind, cases[firstFailing], shrink.Minimal, shrink.Evaluations, replay, subject, thresholds, scorer, settings);
        }

        var evidence = new EditKindEvidence
        {
            Kind = kind,
            Cases = results.Count,
            Failures = failures,
            FailureRateInterval = interval,
            FailureLimit = settings.FailureLimit,
            MeanChangeInGaps = results.Count == 0 ? double.NaN : results.Average(r => r.Change) / thresholds.Gap,
            Outcome = outcome,
            Counterexample = counterexample,
            ChangesInGaps = results.Select(r => r.Change / thresholds.Gap).ToArray(),
        };
        return (evidence, minimal);
    }

    /// <summary>The counterexample record of a shrunk case, scored alone so a replay scores it bit for bit the same.</summary>
    internal static EditCounterexample Describe<TInput>(
        EditKind kind, EditCase<TInput> first, EditCase<TInput> minimal, int evaluations, EditReplay replay,
        Subject subject, EditThresholds thresholds, EditScorer<TInput> scorer, EditSettings settings)
    {
        (double before, double after) = scorer.ScoreCases([minimal])[0];
        double inGaps = (after - before) / thresholds.Gap;
        return new EditCounterexample
        {
            Kind = kind,
            Description = minimal.Describe(),
            Summary = EditWords.Summary(kind, minimal.Describe(), subject.Describe(), inGaps, settings),
            Size = minimal.Size,
            FirstFailingSize = first.Size,
            FirstFailingDescription = first.Describe(),
            Before = before,
            After = after,
            ChangeInGaps = inGaps,
            ShrinkEvaluations = evaluations,
            Replay = replay,
        };
    }

    private static void RequireValid(EditSettings s)
    {
        string? problem =
            s.Cases < 1 ? $"Cases = {s.Cases}; at least 1 case per kind" :
            !(s.DeltaFraction > 0) ? $"DeltaFraction = {s.DeltaFraction}; it must be positive" :
            !(s.EpsilonFraction > 0) ? $"EpsilonFraction = {s.EpsilonFraction}; it must be positive" :
            !(s.FailureLimit > 0 && s.FailureLimit < 1) ? $"FailureLimit = {s.FailureLimit}; it must lie strictly between 0 and 1" :
            !(s.Level > 0 && s.Level < 1) ? $"Level = {s.Level}; it must lie strictly between 0 and 1" :
            s.StartSize < 0 || s.EndSize < s.StartSize ? $"sizes {s.StartSize} to {s.EndSize}; need 0 ≤ StartSize ≤ EndSize" :
            s.Kinds.Count == 0 || s.Kinds.Distinct().Count() != s.Kinds.Count ? "Kinds must name each edit kind at most once, and at least one" :
            null;
        if (problem is not null)
        {
            throw new ClaimCheckException(DiagnosticIds.SettingOutOfRange, $"edit setting out of range: {problem}");
        }
    }
}
