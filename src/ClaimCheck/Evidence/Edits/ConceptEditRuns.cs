using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Targets;

namespace ClaimCheck.Evidence.Edits;

/// <summary>
/// Runs a target's <see cref="ConceptEditSource"/>: the source is declared with the target, below the evidence, so the
/// evidence gives it these two operations.
/// </summary>
public static class ConceptEditRuns
{
    extension(ConceptEditSource source)
    {
        /// <summary>Runs the edit check for <paramref name="subject"/> and draws each kind's minimal counterexample.</summary>
        /// <param name="target">The audit target.</param>
        /// <param name="subject">The claim's subject.</param>
        /// <param name="scale">The held-out gap the thresholds scale with.</param>
        /// <param name="settings">The edit settings.</param>
        public EditRun Run(AuditTarget target, Subject subject, EditScale scale, EditSettings settings) =>
            source.Open(new Runner(target, subject, scale, settings));

        /// <summary>Rebuilds and rescores one recorded counterexample from its replay data (no search, no other cases).</summary>
        /// <param name="target">The audit target.</param>
        /// <param name="subject">The claim's subject.</param>
        /// <param name="scale">The held-out gap the thresholds scale with.</param>
        /// <param name="settings">The edit settings.</param>
        /// <param name="replay">The counterexample's replay data.</param>
        public EditCounterexample Replay(AuditTarget target, Subject subject, EditScale scale, EditSettings settings, EditReplay replay) =>
            source.Open(new Replayer(target, subject, scale, settings, replay));
    }

    private sealed class Runner(AuditTarget target, Subject subject, EditScale scale, EditSettings settings) : IConceptEditReader<EditRun>
    {
        public EditRun Read<TInput>(IConceptEdits<TInput> edits, IInputEncoder<TInput> encoder)
        {
            try
            {
                EditResult<TInput> result = EditCheck.Measure(target, subject, edits, encoder, scale, settings);
                return new EditRun(result.Evidence, EditPicture.ForImages(result.MinimalCases, encoder));
            }
            catch (ClaimCheckException e) when (e.Diagnostic.Id == DiagnosticIds.EditGeneratorFailed)
            {
                throw UserEditCode.ForConcept(e, edits.Concept);
            }
        }
    }

    private sealed class Replayer(AuditTarget target, Subject subject, EditScale scale, EditSettings settings, EditReplay replay) : IConceptEditReader<EditCounterexample>
    {
        public EditCounterexample Read<TInput>(IConceptEdits<TInput> edits, IInputEncoder<TInput> encoder)
        {
            try
            {
                return EditReplayer.Counterexample(target, subject, edits, encoder, scale, replay, shrinkEvaluations: 0, settings);
            }
            catch (ClaimCheckException e) when (e.Diagnostic.Id == DiagnosticIds.EditGeneratorFailed)
            {
                throw UserEditCode.ForConcept(e, edits.Concept);
            }
        }
    }
}
