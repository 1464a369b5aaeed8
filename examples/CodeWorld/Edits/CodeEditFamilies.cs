using ClaimCheck.Evidence.Edits;
using CodeWorld.Edits.Families;

namespace CodeWorld.Edits;

/// <summary>Which edit families serve which concept and edit kind.</summary>
public static class CodeEditFamilies
{
    /// <summary>Edits that keep every concept here at the labelled character when the lexer agrees: renames, spacing, comments elsewhere, one letter.</summary>
    public static IReadOnlyList<CodeEditFamily> Nuisance { get; } =
        [new RenameIdentifier(), new ResizeSpaces(), new InsertComment(), new DeleteComment(), new ReplaceLetter()];

    /// <summary>The families of <paramref name="kind"/> for <paramref name="concept"/>.</summary>
    public static IReadOnlyList<CodeEditFamily> For(CodeEditConcept concept, EditKind kind)
    {
        ArgumentNullException.ThrowIfNull(concept);
        return (concept.Name, kind) switch
        {
            (_, EditKind.Nuisance) => Nuisance,
            ("in-string", EditKind.Add) => [new OpenString()],
            ("in-string", EditKind.Remove) => [new CloseString(), new DeleteOpeningQuote()],
            ("in-comment", EditKind.Add) => [new StartComment()],
            ("in-comment", EditKind.Remove) => [new DeleteHash(), new BreakCommentLine()],
            ("in-brackets", EditKind.Add) => [new OpenBracket()],
            ("in-brackets", EditKind.Remove) => [new CloseBrackets(), new DeleteOpeningBracket()],
            ("beyond-column-60", EditKind.Add) => [new PadLine(), new JoinLine()],
            ("beyond-column-60", EditKind.Remove) => [new BreakLine()],
            _ => throw new ArgumentOutOfRangeException(nameof(concept), concept.Name, $"no {kind} edits for this concept"),
        };
    }
}
