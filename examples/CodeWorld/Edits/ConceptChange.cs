using ClaimCheck.Evidence.Edits;
using CodeWorld.Audit;

namespace CodeWorld.Edits;

/// <summary>
/// Whether an edited window is what an edit kind promises, by the lexer on both windows: an add takes a window
/// without the concept at its labelled character to one with it, a remove the reverse, a nuisance edit keeps it as it
/// was. Every kind also keeps the window's length, its labelled character and its next character.
/// </summary>
public static class ConceptChange
{
    /// <summary>Whether <paramref name="edited"/> is an edit of <paramref name="before"/> of <paramref name="kind"/> for <paramref name="concept"/>.</summary>
    public static bool Fits(EditKind kind, CodeEditConcept concept, CodeWindow before, CodeWindow edited)
    {
        ArgumentNullException.ThrowIfNull(concept);
        return Fits(kind, concept, before, concept.IsPresent(before), edited);
    }

    /// <summary>As <see cref="Fits(EditKind, CodeEditConcept, CodeWindow, CodeWindow)"/>, with the concept's presence in <paramref name="before"/> known.</summary>
    public static bool Fits(EditKind kind, CodeEditConcept concept, CodeWindow before, bool was, CodeWindow edited)
    {
        ArgumentNullException.ThrowIfNull(concept);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(edited);
        if (edited.Context.Length != CodeWindow.Length || edited.Labelled != before.Labelled || edited.Next != before.Next)
        {
            return false;
        }

        bool now = concept.IsPresent(edited);
        return kind switch
        {
            EditKind.Add => !was && now,
            EditKind.Remove => was && !now,
            _ => was == now,
        };
    }
}
