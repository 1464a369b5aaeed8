namespace CodeWorld.Audit;

/// <summary>
/// The concepts of the code world's audit target, each labelled by <see cref="Lexing.PythonLexer"/> at a window's
/// labelled (last) character. Every concept but <see cref="Indented"/> (most code is indented) is sampled in a stratum of
/// its own (<see cref="WindowSampler"/>), so that every split holds enough positives, and enough files with positives,
/// for a claim.
/// </summary>
public static class CodeConcepts
{
    /// <summary>Inside a string literal (its prefix, quotes and content; triple-quoted strings and docstrings across lines).</summary>
    public const string InString = "in-string";

    /// <summary>Inside a comment, from <c>#</c> to the end of the line (the newline excluded).</summary>
    public const string InComment = "in-comment";

    /// <summary>Enclosed by at least one bracket pair (bracket depth ≥ 1; the brackets themselves count).</summary>
    public const string InBrackets = "in-brackets";

    /// <summary>At column 60 or later (0-based): the 61st character of its line or beyond.</summary>
    public const string BeyondColumn60 = "beyond-column-60";

    /// <summary>On a logical line at indentation level ≥ 1 (inside a block, by Python's INDENT/DEDENT stack).</summary>
    public const string Indented = "indented";

    /// <summary>The first character of a physical line (column 0).</summary>
    public const string LineStart = "line-start";

    /// <summary>Part of a name that is not a keyword.</summary>
    public const string InIdentifier = "in-identifier";

    /// <summary>Part of one of Python's keywords.</summary>
    public const string InKeyword = "in-keyword";

    /// <summary>Part of a numeric literal.</summary>
    public const string InNumber = "in-number";

    /// <summary>Every concept, in the order reports list them.</summary>
    public static IReadOnlyList<CodeConcept> All { get; } =
    [
        new(InString, "the character is part of a string literal (prefix, quotes, content; triple-quoted strings across lines)",
            (lexed, p) => lexed.InString(p), Stratified: true),
        new(InComment, "the character is part of a comment (# to the end of the line)",
            (lexed, p) => lexed.InComment(p), Stratified: true),
        new(InBrackets, "at least one bracket pair encloses the character (depth ≥ 1, outside strings and comments)",
            (lexed, p) => lexed.InBrackets(p), Stratified: true),
        new(BeyondColumn60, "the character stands at column 60 or later (0-based) of its line",
            (lexed, p) => lexed.Columns[p] >= 60, Stratified: true),
        new(Indented, "the character's logical line is at indentation level 1 or more (Python's INDENT/DEDENT stack)",
            (lexed, p) => lexed.IndentLevels[p] >= 1, Stratified: false),
        new(LineStart, "the character is the first of its physical line (column 0)",
            (lexed, p) => lexed.IsLineStart(p), Stratified: true),
        new(InIdentifier, "the character is part of a name that is not a keyword",
            (lexed, p) => lexed.InIdentifier(p), Stratified: true),
        new(InKeyword, "the character is part of a keyword",
            (lexed, p) => lexed.InKeyword(p), Stratified: true),
        new(InNumber, "the character is part of a numeric literal",
            (lexed, p) => lexed.InNumber(p), Stratified: true),
    ];
}
