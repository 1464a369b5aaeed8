using ClaimCheck.Targets;
using FsCheck;

namespace ClaimCheck.Evidence.Edits;

/// <summary>
/// Shrinks one failing case the way FsCheck does: walk the arbitrary's shrinker's candidates in order and move to
/// the first that still fails, until none does. Candidates are scored a few at a time in one forward pass, but the
/// one taken is the first failing one in the shrinker's order, exactly as one-at-a-time evaluation would take.
/// </summary>
internal static class CounterexampleShrinker
{
    // A shrinker that yields endless candidates no smaller than the case must not hang the check.
    private const int MaxCandidatesPerStep = 2000;

    /// <summary>The shrunk case, the path of accepted candidate indices, and how many candidates were scored.</summary>
    public static (EditCase<TInput> Minimal, IReadOnlyList<int> Path, int Evaluations) Shrink<TInput>(
        Arbitrary<EditCase<TInput>> arbitrary,
        EditCase<TInput> failing,
        EditKind kind,
        EditThresholds thresholds,
        EditScorer<TInput> scorer,
        EditSettings settings)
    {
        var path = new List<int>();
        EditCase<TInput> current = failing;
        int evaluations = 0;
        while (evaluations < settings.MaxShrinkEvaluations)
        {
            (int Index, EditCase<TInput> Case)? next = FirstFailingCandidate(arbitrary, current, kind, thresholds, scorer, settings, ref evaluations);
            if (next is null)
            {
                break;
            }

            path.Add(next.Value.Index);
            current = next.Value.Case;
        }

        return (current, path, evaluations);
    }

    /// <summary>Candidate <paramref name="index"/> of the shrinker on <paramref name="current"/> (what replay follows).</summary>
    public static EditCase<TInput> Candidate<TInput>(Arbitrary<EditCase<TInput>> arbitrary, EditCase<TInput> current, int index) =>
        UserEditCode.Call(() => arbitrary.Shrinker(current).ElementAt(index), "the edit shrinker");

    private static (int Index, EditCase<TInput> Case)? FirstFailingCandidate<TInput>(
        Arbitrary<EditCase<TInput>> arbitrary,
        EditCase<TInput> current,
        EditKind kind,
        EditThresholds thresholds,
        EditScorer<TInput> scorer,
        EditSettings settings,
        ref int evaluations)
    {
        var chunk = new List<(int Index, EditCase<TInput> Case)>();
        int index = -1;
        using IEnumerator<EditCase<TInput>> candidates = UserEditCode.Call(() => arbitrary.Shrinker(current).GetEnumerator(), $"the {kind} shrinker");
        bool exhausted = false;
        while (!exhausted && evaluations < settings.MaxShrinkEvaluations)
        {
            chunk.Clear();
            while (chunk.Count < Math.Max(1, settings.ShrinkCandidatesPerBatch) && evaluations + chunk.Count < settings.MaxShrinkEvaluations)
            {
                if (index + 1 >= MaxCandidatesPerStep || !UserEditCode.MoveNext(candidates, $"the {kind} shrinker"))
                {
                    exhausted = true;
                    break;
                }

                index++;
                // Only strictly smaller candidates count: that makes every step a real shrink and the walk finite.
                if (candidates.Current.Size < current.Size)
                {
                    chunk.Add((index, candidates.Current));
                }
            }

            if (chunk.Count == 0)
            {
                continue;
            }

            (double Before, double After)[] scores = scorer.ScoreCases(chunk.Select(c => c.Case).ToArray());
            evaluations += chunk.Count;
            for (int j = 0; j < chunk.Count; j++)
            {
                if (!thresholds.Holds(kind, scores[j].Before, scores[j].After))
                {
                    return chunk[j];
                }
            }
        }

        return null;
    }
}
