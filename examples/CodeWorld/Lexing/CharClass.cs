namespace CodeWorld.Lexing;

/// <summary>What a character belongs to, by Python's tokenizer: exactly one class per character.</summary>
public enum CharClass : byte
{
    /// <summary>Anything else: operators, brackets, white space, newlines, line continuations.</summary>
    Code,

    /// <summary>Part of a string literal: its prefix (<c>r</c>, <c>b</c>, <c>f</c>, <c>u</c>, ...), quotes, content and escapes, triple-quoted ones across lines.</summary>
    StringLiteral,

    /// <summary>Part of a comment: from <c>#</c> to the end of the line, the newline excluded.</summary>
    Comment,

    /// <summary>Part of a name that is not a keyword (soft keywords such as <c>match</c> are names).</summary>
    Identifier,

    /// <summary>Part of one of Python's 35 keywords (<c>keyword.kwlist</c>).</summary>
    Keyword,

    /// <summary>Part of a numeric literal (integers, floats, imaginary numbers, with their prefixes, underscores and exponents).</summary>
    Number,
}
