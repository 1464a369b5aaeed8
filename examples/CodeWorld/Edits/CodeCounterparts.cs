using ClaimCheck.Evidence.Edits;
using ClaimCheck.Targets;
using CodeWorld.Audit;
using CodeWorld.Lexing;

namespace CodeWorld.Edits;

/// <summary>
/// The counterparts a patching ablation takes activations from (<see cref="AuditTarget.Counterparts"/>): each window of a
/// split with the concept edited out by the smallest removal the lexer confirms (close or delete the string's quote,
/// delete the comment's <c>#</c>, close or delete the bracket, break the long line). A window without the concept is its
/// own counterpart, and so is one whose concept the window alone cannot show (a string opened before its first
/// character): the ablation leaves such positives out and counts them (<c>"unpatched"</c> in the verdict document).
/// </summary>
public static class CodeCounterparts
{
    /// <summary>The counterparts of <paramref name="split"/>'s windows for <paramref name="concept"/>, or null for a concept without removals or a split of other examples.</summary>
    public static DataSplit? For(DataSplit split, string concept)
    {
        ArgumentNullException.ThrowIfNull(split);
        if (CodeEditConcept.Named(concept) is not { } kind || split.ValuesPerExample != CodeWindow.EncodedLength)
        {
            return null;
        }

        IReadOnlyList<CodeEditFamily> removals = CodeEditFamilies.For(kind, EditKind.Remove);
        var values = new float[split.Count * CodeWindow.EncodedLength];
        for (int i = 0; i < split.Count; i++)
        {
            CodeWindow window = CodeWindow.Decode(split.Example(i));
            Counterpart(window, kind, removals).Encode(values.AsSpan(i * CodeWindow.EncodedLength, CodeWindow.EncodedLength));
        }

        return new DataSplit(split.Name, split.Role, values, [.. split.ExampleShape]) { Documents = split.Documents };
    }

    /// <summary>The window with the concept removed by the smallest confirmed edit, or the window itself when it has none.</summary>
    public static CodeWindow Counterpart(CodeWindow window, CodeEditConcept concept, IReadOnlyList<CodeEditFamily> removals)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(concept);
        ArgumentNullException.ThrowIfNull(removals);
        LexedText lexed = PythonLexer.Lex(window.Context);
        if (!concept.IsPresentAtEnd(lexed))
        {
            return window;
        }

        // The smallest confirmed removal of any family; equal sizes keep the families' and candidates' own order.
        CodeWindow? best = null;
        int bestSize = int.MaxValue;
        foreach (CodeEdit edit in removals.SelectMany(f => f.Candidates(window, lexed)))
        {
            if (edit.Size < bestSize && edit.Apply(window) is { } edited && ConceptChange.Fits(EditKind.Remove, concept, window, true, edited))
            {
                (best, bestSize) = (edited, edit.Size);
            }
        }

        return best ?? window;
    }
}
