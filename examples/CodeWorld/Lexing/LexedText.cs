namespace CodeWorld.Lexing;

/// <summary>
/// A text with a label set for every character position (<see cref="PythonLexer.Lex"/>). Positions are indices of
/// the string's UTF-16 characters.
/// </summary>
public sealed class LexedText
{
    internal LexedText(string text, CharClass[] classes, int[] bracketDepths, int[] columns, int[] indentLevels)
    {
        Text = text;
        Classes = classes;
        BracketDepths = bracketDepths;
        Columns = columns;
        IndentLevels = indentLevels;
    }

    /// <summary>The text that was lexed.</summary>
    public string Text { get; }

    /// <summary>Characters in the text.</summary>
    public int Length => Text.Length;

    /// <summary>The class of each character.</summary>
    public IReadOnlyList<CharClass> Classes { get; }

    /// <summary>
    /// How many bracket pairs (<c>()</c>, <c>[]</c>, <c>{}</c>, outside strings and comments) enclose each character;
    /// the brackets themselves count as inside their pair, so in <c>f(x)</c> both parentheses and <c>x</c> have depth 1.
    /// An unmatched closing bracket never takes the depth below 0; an unclosed one holds it to the end of the text.
    /// </summary>
    public IReadOnlyList<int> BracketDepths { get; }

    /// <summary>The 0-based column of each character: characters since the last newline.</summary>
    public IReadOnlyList<int> Columns { get; }

    /// <summary>
    /// The indentation level of the logical line each character is on: the depth of Python's indentation stack
    /// (INDENT minus DEDENT tokens so far), 0 at module level. Continuation lines (inside brackets, after a backslash,
    /// inside a triple-quoted string) keep their logical line's level; blank and comment-only lines keep the level
    /// of the line before them, as the tokenizer does (it emits DEDENT only at the next line with code).
    /// </summary>
    public IReadOnlyList<int> IndentLevels { get; }

    /// <summary>Whether the character is part of a string literal.</summary>
    public bool InString(int position) => Classes[position] == CharClass.StringLiteral;

    /// <summary>Whether the character is part of a comment.</summary>
    public bool InComment(int position) => Classes[position] == CharClass.Comment;

    /// <summary>Whether the character is part of a name that is not a keyword.</summary>
    public bool InIdentifier(int position) => Classes[position] == CharClass.Identifier;

    /// <summary>Whether the character is part of a keyword.</summary>
    public bool InKeyword(int position) => Classes[position] == CharClass.Keyword;

    /// <summary>Whether the character is part of a numeric literal.</summary>
    public bool InNumber(int position) => Classes[position] == CharClass.Number;

    /// <summary>Whether the character is a decimal digit 0–9, wherever it stands (in a number, a name, a string...).</summary>
    public bool IsDigit(int position) => char.IsAsciiDigit(Text[position]);

    /// <summary>Whether at least one bracket pair encloses the character.</summary>
    public bool InBrackets(int position) => BracketDepths[position] >= 1;

    /// <summary>Whether the character is the first of its physical line (column 0).</summary>
    public bool IsLineStart(int position) => Columns[position] == 0;
}
