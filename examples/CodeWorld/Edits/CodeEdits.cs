using ClaimCheck.Diagnostics;
using ClaimCheck.Evidence.Edits;
using ClaimCheck.Targets;
using CodeWorld.Audit;

namespace CodeWorld.Edits;

/// <summary>
/// What an audit target of the code world needs to give its concepts targeted edits: the edits of a concept by name
/// over a held-out split, and the encoder of code windows.
/// </summary>
/// <example>
/// <code>
/// builder = builder.WithEdits(CodeEdits.For("in-string", heldOut), CodeEdits.Encoder);
/// // or, made from the built target's first held-out split when a claim first needs them:
/// builder = builder.WithEdits("in-string", CodeEdits.FromHeldOut("in-string"));
/// // or, in an AuditTarget subclass:
/// public override ConceptEditSource? EditsFor(string concept) => CodeEdits.SourceFor(concept, Split(HeldOutSplit));
/// </code>
/// </example>
public static class CodeEdits
{
    /// <summary>The encoder of code windows.</summary>
    public static IInputEncoder<CodeWindow> Encoder => CodeWindowEncoder.Instance;

    /// <summary>The names of the concepts with edits: in-string, in-comment, in-brackets, beyond-column-60.</summary>
    public static IReadOnlyList<string> Concepts { get; } = [.. CodeEditConcept.All.Select(c => c.Name)];

    /// <summary>The edits of <paramref name="concept"/> over <paramref name="heldOut"/> (its labels for the concept, if it ships them, choose the bases).</summary>
    /// <exception cref="ClaimCheckException">CLM5008 for a concept without edits; CLM5006 when the split lacks windows with or without it.</exception>
    public static IConceptEdits<CodeWindow> For(string concept, DataSplit heldOut, IReadOnlyList<bool>? fileLabels = null) =>
        new CodeConceptEdits(Named(concept), heldOut, fileLabels);

    /// <summary>
    /// The edits of <paramref name="concept"/> over <paramref name="heldOut"/> with the encoder, as an audit target hands
    /// them out (<see cref="AuditTarget.EditsFor"/>); null for a concept without edits here (the claim then gets CLM2003).
    /// </summary>
    /// <exception cref="ClaimCheckException">CLM5006 when the split lacks windows with or without the concept.</exception>
    public static ConceptEditSource? SourceFor(string concept, DataSplit heldOut)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(concept);
        return CodeEditConcept.Named(concept) is { } kind ? ConceptEditSource.Create(new CodeConceptEdits(kind, heldOut), Encoder) : null;
    }

    /// <summary>
    /// The edits of <paramref name="concept"/> made from a built target: its first held-out split, with the target's
    /// labels of the concept on it as the file labels. For <see cref="AuditTargetBuilder.WithEdits(string, Func{AuditTarget, ConceptEditSource})"/>.
    /// </summary>
    public static Func<AuditTarget, ConceptEditSource> FromHeldOut(string concept)
    {
        CodeEditConcept kind = Named(concept);
        return target =>
        {
            ArgumentNullException.ThrowIfNull(target);
            DataSplit heldOut = target.HeldOutSplits[0];
            Concept? known = target.Concepts.FirstOrDefault(c => c.Name == concept);
            bool[]? labels = known?.Label(heldOut);
            return ConceptEditSource.Create(new CodeConceptEdits(kind, heldOut, labels), Encoder);
        };
    }

    private static CodeEditConcept Named(string concept)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(concept);
        return CodeEditConcept.Named(concept)
            ?? throw new ClaimCheckException(DiagnosticIds.UnknownConcept,
                $"the code world has no targeted edits for '{concept}'; it has them for {string.Join(", ", Concepts)}");
    }
}
