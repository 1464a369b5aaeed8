using ClaimCheck.Targets;
using FsCheck;

namespace ClaimCheck.Evidence.Edits;

/// <summary>Helpers over <see cref="IConceptEdits{TInput}"/>.</summary>
internal static class ConceptEdits
{
    /// <summary>The arbitrary of <paramref name="kind"/>.</summary>
    public static Arbitrary<EditCase<TInput>> For<TInput>(this IConceptEdits<TInput> edits, EditKind kind)
    {
        ArgumentNullException.ThrowIfNull(edits);
        return kind switch
        {
            EditKind.Add => edits.Add,
            EditKind.Remove => edits.Remove,
            EditKind.Nuisance => edits.Nuisance,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown edit kind"),
        };
    }
}
