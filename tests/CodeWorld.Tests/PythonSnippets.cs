using FsCheck;
using FsCheck.Fluent;

namespace CodeWorld.Tests;

/// <summary>
/// FsCheck generators of Python source: string literals of every kind, comments, names, numbers, bracket groups,
/// and whole lines (each ends with a newline at bracket depth 0, outside any string).
/// </summary>
internal static class PythonSnippets
{
    private static readonly string[] Prefixes = ["", "", "", "r", "b", "f", "u", "rb", "BR", "Rf", "fR"];

    private static readonly char[] PlainCharacters = [.. "abcXYZ019 _.,:;(){}[]#=+-*/%<>!?@$`~^|&é\t"];

    /// <summary>A string literal: a prefix, a quote (single or triple), content with escapes, the closing quote.</summary>
    public static Gen<string> StringLiteral { get; } =
        from prefix in Gen.Elements(Prefixes)
        from quote in Gen.Elements('\'', '"')
        from triple in Gen.Elements(false, true)
        from pieces in Gen.ListOf(Piece(quote, triple))
        select prefix + new string(quote, triple ? 3 : 1) + string.Concat(pieces) + new string(quote, triple ? 3 : 1);

    /// <summary>A comment, without its newline.</summary>
    public static Gen<string> Comment { get; } =
        from body in Gen.ListOf(Gen.Elements([.. PlainCharacters, '\'', '"', '\\', '#']))
        select "#" + new string([.. body]);

    /// <summary>A name, a keyword, a soft keyword or a name that looks like a string prefix.</summary>
    public static Gen<string> Name { get; } = Gen.OneOf(
        Gen.Elements("x", "_y", "abc1", "match", "case", "self", "r", "b", "rb", "fr", "u", "é"),
        Gen.Elements([.. CodeWorld.Lexing.PythonKeywords.Keywords]));

    /// <summary>A numeric literal.</summary>
    public static Gen<string> Number { get; } =
        Gen.Elements("0", "7", "42", "1_000", "3.14", ".5", "1.", "1e10", "2.5E-3", "0x1F", "0o17", "0b1010", "3j", "1.5e+2J");

    /// <summary>An operator or punctuation outside brackets.</summary>
    public static Gen<string> Operator { get; } = Gen.Elements(" ", " ", "=", "+", " == ", ".", ",", ":", "->", "**", "@", "\\\n");

    /// <summary>
    /// One line of code: indentation, tokens and bracket groups separated by spaces (juxtaposed, <c>''</c> and
    /// <c>'x'</c> would be one triple-quoted string, and a name before a string its prefix), an optional comment, a newline.
    /// </summary>
    public static Gen<string> Line { get; } =
        from indent in Gen.Choose(0, 8)
        from tokens in Gen.ListOf(Token(depth: 0))
        from comment in Gen.OneOf(Gen.Constant(string.Empty), Comment.Select(c => " " + c))
        select new string(' ', indent) + string.Join(' ', tokens) + comment + "\n";

    /// <summary>A text of whole lines.</summary>
    public static Gen<string> Lines { get; } = Gen.ListOf(Line).Select(string.Concat);

    /// <summary>Text that need not be Python at all: any mix of the characters that matter to the lexer.</summary>
    public static Gen<string> AnyText { get; } =
        Gen.ListOf(Gen.Elements([.. PlainCharacters, '\'', '"', '\\', '\n', '\n', '#', 'r', 'b', 'f', '\f'])).Select(cs => new string([.. cs]));

    private static Gen<string> Token(int depth)
    {
        var atoms = new List<(int, Gen<string>)> { (3, Name), (2, Number), (2, StringLiteral), (3, Operator) };
        if (depth < 3)
        {
            atoms.Add((1, Group(depth + 1)));
        }

        return Gen.Frequency(atoms);
    }

    /// <summary>A bracket group; inside brackets, newlines and comments may appear anywhere between tokens.</summary>
    private static Gen<string> Group(int depth) =>
        from brackets in Gen.Elements("()", "[]", "{}")
        from inner in Gen.ListOf(Gen.OneOf(Token(depth), Gen.Elements("\n", "\n    ", " ")), 4)
        from comment in Gen.OneOf(Gen.Constant(string.Empty), Comment.Select(c => " " + c + "\n"))
        select brackets[0] + string.Join(' ', inner) + comment + brackets[1];

    private static Gen<string> Piece(char quote, bool triple)
    {
        char[] plain = triple ? [.. PlainCharacters, '\n', quote == '\'' ? '"' : '\''] : [.. PlainCharacters, quote == '\'' ? '"' : '\''];
        return Gen.Frequency(
            (6, Gen.Elements(plain).Select(c => c.ToString())),
            (1, Gen.Elements("\\\\", "\\n", "\\" + quote, "\\\n", "\\x41", "{x}", "{{")));
    }
}
