using ClaimCheck.Claims;
using ClaimCheck.Diagnostics;
using ClaimCheck.Targets;

namespace ClaimCheck.Evidence.Edits;

/// <summary>
/// A concept's edit generators with the encoder of the world's inputs, behind a type the claim runner can use
/// without knowing the world's input type (scenes, token lists, images...). Audit targets hand these out per concept.
/// </summary>
public abstract class ConceptEditSource
{
    /// <summary>Wraps typed edit generators and their encoder.</summary>
    public static ConceptEditSource Create<TInput>(IConceptEdits<TInput> edits, IInputEncoder<TInput> encoder) => new Typed<TInput>(edits, encoder);

    /// <summary>Runs the edit check for <paramref name="subject"/> and draws each kind's minimal counterexample.</summary>
    public abstract EditRun Run(AuditTarget target, Subject subject, EditScale scale, EditSettings settings);

    /// <summary>Rebuilds and rescores one recorded counterexample from its replay data (no search, no other cases).</summary>
    public abstract EditCounterexample Replay(AuditTarget target, Subject subject, EditScale scale, EditSettings settings, EditReplay replay);

    private sealed class Typed<TInput>(IConceptEdits<TInput> edits, IInputEncoder<TInput> encoder) : ConceptEditSource
    {
        public override EditRun Run(AuditTarget target, Subject subject, EditScale scale, EditSettings settings)
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

        public override EditCounterexample Replay(AuditTarget target, Subject subject, EditScale scale, EditSettings settings, EditReplay replay)
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

/// <summary>
/// The evidence of an edit check and, per failing kind where the inputs are images, the minimal counterexample drawn as
/// pixels (before | after).
/// </summary>
/// <param name="Evidence">Rates, intervals, counterexamples (in words, for any input) and replay data.</param>
/// <param name="Pictures">The smallest failing case of each failing kind, drawn as pixels (base | edited); empty for inputs that are not images.</param>
public sealed record EditRun(EditEvidence Evidence, IReadOnlyDictionary<EditKind, PixelImage> Pictures)
{
    /// <summary>The counterexample replayed on request, or null.</summary>
    public EditCounterexample? Replayed { get; init; }
}
