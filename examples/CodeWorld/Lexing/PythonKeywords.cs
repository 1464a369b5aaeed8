namespace CodeWorld.Lexing;

/// <summary>Python 3.11's keywords (<c>keyword.kwlist</c>) and string prefixes.</summary>
public static class PythonKeywords
{
    /// <summary>The hard keywords; soft keywords (<c>match</c>, <c>case</c>, <c>_</c>) are names to the tokenizer.</summary>
    public static IReadOnlySet<string> Keywords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    };

    /// <summary>Whether <paramref name="name"/> (any case) is a string prefix: r, u, b, f, br, rb, fr, rf.</summary>
    public static bool IsStringPrefix(ReadOnlySpan<char> name) => name.Length switch
    {
        1 => char.ToLowerInvariant(name[0]) is 'r' or 'u' or 'b' or 'f',
        2 => (char.ToLowerInvariant(name[0]), char.ToLowerInvariant(name[1])) is ('b', 'r') or ('r', 'b') or ('f', 'r') or ('r', 'f'),
        _ => false,
    };
}
