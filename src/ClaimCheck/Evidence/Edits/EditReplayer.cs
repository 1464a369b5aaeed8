using ClaimCheck.Claims;
using ClaimCheck.Targets;

namespace ClaimCheck.Evidence.Edits;

/// <summary>Replays a recorded counterexample from its <see cref="EditReplay"/> data.</summary>
internal static class EditReplayer
{
    /// <summary>The case <paramref name="replay"/> names: drawn again from its own random state, then shrunk along the recorded path. No model runs.</summary>
    public static EditCase<TInput> Case<TInput>(IConceptEdits<TInput> edits, EditReplay replay)
    {
        ArgumentNullException.ThrowIfNull(edits);
        ArgumentNullException.ThrowIfNull(replay);
        var arbitrary = edits.For(replay.Kind);
        EditCase<TInput> current = CaseSampler.Draw(arbitrary, replay.Seed, replay.Kind, replay.CaseIndex, replay.Size);
        foreach (int step in replay.ShrinkPath)
        {
            current = CounterexampleShrinker.Candidate(arbitrary, current, step);
        }

        return current;
    }

    /// <summary>
    /// The whole counterexample record again: the first failing case and the shrunk one are rebuilt from
    /// <paramref name="replay"/> and the shrunk one is scored alone, as the check scored it. With the same target,
    /// subject, edits, gap and settings it equals the recorded one (<see cref="EditCounterexample.ShrinkEvaluations"/>
    /// is taken from <paramref name="shrinkEvaluations"/>, since replay does not search).
    /// </summary>
    public static EditCounterexample Counterexample<TInput>(
        AuditTarget target, Subject subject, IConceptEdits<TInput> edits, IInputEncoder<TInput> encoder,
        double gap, EditReplay replay, int shrinkEvaluations, EditSettings? settings = null) =>
        Counterexample(target, subject, edits, encoder, EditScale.Raw(gap), replay, shrinkEvaluations, settings);

    /// <summary>The whole counterexample record again, scored on <paramref name="scale"/> as the check scored it.</summary>
    public static EditCounterexample Counterexample<TInput>(
        AuditTarget target, Subject subject, IConceptEdits<TInput> edits, IInputEncoder<TInput> encoder,
        EditScale scale, EditReplay replay, int shrinkEvaluations, EditSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(edits);
        ArgumentNullException.ThrowIfNull(replay);
        settings ??= EditSettings.Default;
        EditCase<TInput> first = CaseSampler.Draw(edits.For(replay.Kind), replay.Seed, replay.Kind, replay.CaseIndex, replay.Size);
        EditCase<TInput> minimal = Case(edits, replay);
        var scorer = new EditScorer<TInput>(target, subject, encoder, scale);
        return EditCheck.Describe(replay.Kind, first, minimal, shrinkEvaluations, replay, subject, EditThresholds.FromScale(scale, settings), scorer, settings);
    }
}
