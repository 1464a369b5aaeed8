using CodeWorld.Lexing;

namespace CodeWorld.Edits;

/// <summary>
/// Finds the opening quote of the string literal that holds a character, by reading the run of string characters the
/// lexer marked from its start: prefix letters, a quote (one or three), the body by the lexer's rules (a backslash
/// escapes the next character; a single-quoted string ends at its line's end), then the next literal of the run, if
/// the literal did not reach the character (adjacent literals such as <c>'a''b'</c> form one run).
/// </summary>
public static class StringOpener
{
    /// <summary>The index of the opening quote and the delimiter (<c>'</c>, <c>"""</c>, ...) of the literal that holds <paramref name="index"/>, or null.</summary>
    public static (int Quote, string Delimiter)? Of(LexedText lexed, int index)
    {
        ArgumentNullException.ThrowIfNull(lexed);
        if (index < 0 || index >= lexed.Length || !lexed.InString(index))
        {
            return null;
        }

        string text = lexed.Text;
        int at = index;
        while (at > 0 && lexed.InString(at - 1))
        {
            at--;
        }

        while (at <= index)
        {
            while (at < text.Length && char.IsAsciiLetter(text[at]))
            {
                at++;
            }

            if (at >= text.Length || text[at] is not ('\'' or '"'))
            {
                return null;
            }

            char q = text[at];
            bool triple = at + 2 < text.Length && text[at + 1] == q && text[at + 2] == q;
            string delimiter = new(q, triple ? 3 : 1);
            int end = BodyEnd(text, at + delimiter.Length, q, triple);
            if (end > index)
            {
                return (at, delimiter);
            }

            at = end;
        }

        return null;
    }

    private static int BodyEnd(string text, int i, char q, bool triple)
    {
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\\')
            {
                i += 2;
            }
            else if (c == q && (!triple || (i + 2 < text.Length && text[i + 1] == q && text[i + 2] == q)))
            {
                return i + (triple ? 3 : 1);
            }
            else if (c == '\n' && !triple)
            {
                return i;
            }
            else
            {
                i++;
            }
        }

        return text.Length;
    }
}
