namespace CodeWorld.Lexing;

/// <summary>
/// Labels every character of Python 3.11 source with what Python's own tokenizer (<c>tokenize</c>) makes of it: its
/// class (string, comment, name, keyword, number, other), the bracket depth, the column and the indentation level.
/// One pass, no backtracking; it never throws: text that is not valid Python (an unterminated string, an unmatched
/// bracket) is labelled by the same rules the tokenizer recovers with (a single-quoted string ends at the end of its
/// line, a triple-quoted one at the end of the text; depth never goes below 0).
/// </summary>
/// <remarks>
/// f-strings are single string literals, as in Python 3.11's tokenizer (3.12 splits them). Backslashes escape the next
/// character in every string, raw ones included: in <c>r"\""</c> the quote after the backslash does not end the
/// string, though the backslash stays in its value.
/// </remarks>
public static class PythonLexer
{
    /// <summary>Tab stops of the indentation rule (the tokenizer's).</summary>
    private const int TabSize = 8;

    /// <summary>Labels every character of <paramref name="text"/>.</summary>
    public static LexedText Lex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int n = text.Length;
        var classes = new CharClass[n];
        var depths = new int[n];
        var indents = new int[n];
        var indentStack = new Stack<int>();
        indentStack.Push(0);
        int depth = 0;
        int level = 0;
        bool logicalLineStart = true;
        int i = 0;
        while (i < n)
        {
            if (logicalLineStart)
            {
                level = IndentLevelOfLine(text, i, indentStack, level);
                logicalLineStart = false;
            }

            char c = text[i];
            int end;
            CharClass kind = CharClass.Code;
            if (c == '#')
            {
                end = text.IndexOf('\n', i);
                end = end < 0 ? n : end;
                kind = CharClass.Comment;
            }
            else if (c == '\n')
            {
                end = i + 1;
                logicalLineStart = depth == 0;
            }
            else if (c == '\\' && i + 1 < n && text[i + 1] == '\n')
            {
                // A line continuation: the next physical line belongs to this logical line.
                end = i + 2;
            }
            else if (c is '\'' or '"')
            {
                end = StringEnd(text, i);
                kind = CharClass.StringLiteral;
            }
            else if (IsNameStart(c))
            {
                end = i + 1;
                while (end < n && IsNamePart(text[end]))
                {
                    end++;
                }

                if (end < n && text[end] is '\'' or '"' && PythonKeywords.IsStringPrefix(text.AsSpan(i, end - i)))
                {
                    end = StringEnd(text, end);
                    kind = CharClass.StringLiteral;
                }
                else
                {
                    kind = PythonKeywords.Keywords.Contains(text[i..end]) ? CharClass.Keyword : CharClass.Identifier;
                }
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < n && char.IsAsciiDigit(text[i + 1])))
            {
                end = NumberEnd(text, i);
                kind = CharClass.Number;
            }
            else if (c is '(' or '[' or '{')
            {
                depth++;
                end = i + 1;
            }
            else if (c is ')' or ']' or '}')
            {
                end = i + 1;
                depths[i] = depth;
                indents[i] = level;
                depth = Math.Max(0, depth - 1);
                i = end;
                continue;
            }
            else
            {
                end = i + 1;
            }

            for (int k = i; k < end; k++)
            {
                classes[k] = kind;
                depths[k] = depth;
                indents[k] = level;
            }

            i = end;
        }

        return new LexedText(text, classes, depths, Columns(text), indents);
    }

    /// <summary>
    /// The indentation level of the logical line that starts at <paramref name="start"/>, updating the stack as the
    /// tokenizer does; a blank or comment-only line changes nothing and keeps <paramref name="current"/>.
    /// </summary>
    private static int IndentLevelOfLine(string text, int start, Stack<int> stack, int current)
    {
        int column = 0;
        int i = start;
        while (i < text.Length && text[i] is ' ' or '\t' or '\f')
        {
            column = text[i] switch
            {
                ' ' => column + 1,
                '\t' => ((column / TabSize) + 1) * TabSize,
                _ => 0,
            };
            i++;
        }

        if (i == text.Length || text[i] is '\n' or '#' or '\r')
        {
            return current;
        }

        if (column > stack.Peek())
        {
            stack.Push(column);
        }
        else
        {
            // Pop to the matching level; an inconsistent dedent (a column between two levels) is an error to the
            // tokenizer, and stops here at the first level below it.
            while (column < stack.Peek() && stack.Count > 1)
            {
                stack.Pop();
            }
        }

        return stack.Count - 1;
    }

    /// <summary>The end (exclusive) of the string literal whose opening quote is at <paramref name="quote"/>.</summary>
    private static int StringEnd(string text, int quote)
    {
        int n = text.Length;
        char q = text[quote];
        bool triple = quote + 2 < n && text[quote + 1] == q && text[quote + 2] == q;
        int i = quote + (triple ? 3 : 1);
        while (i < n)
        {
            char c = text[i];
            if (c == '\\')
            {
                i += 2;
            }
            else if (c == q && (!triple || (i + 2 < n && text[i + 1] == q && text[i + 2] == q)))
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

        return n;
    }

    /// <summary>
    /// The end (exclusive) of the numeric literal that starts at <paramref name="start"/>: <c>0x</c>/<c>0o</c>/<c>0b</c>
    /// integers, or digits, an optional fraction, an optional exponent and an optional <c>j</c>, with underscores.
    /// </summary>
    private static int NumberEnd(string text, int start)
    {
        int n = text.Length;
        int i = start;
        if (text[i] == '0' && i + 1 < n && char.ToLowerInvariant(text[i + 1]) is 'x' or 'o' or 'b')
        {
            char radix = char.ToLowerInvariant(text[i + 1]);
            i += 2;
            while (i < n && (text[i] == '_' || radix switch
            {
                'x' => char.IsAsciiHexDigit(text[i]),
                'o' => text[i] is >= '0' and <= '7',
                _ => text[i] is '0' or '1',
            }))
            {
                i++;
            }

            return i;
        }

        i = Digits(text, i);
        if (i < n && text[i] == '.')
        {
            i = Digits(text, i + 1);
        }

        if (i < n && text[i] is 'e' or 'E')
        {
            int exponent = i + 1;
            if (exponent < n && text[exponent] is '+' or '-')
            {
                exponent++;
            }

            if (exponent < n && char.IsAsciiDigit(text[exponent]))
            {
                i = Digits(text, exponent);
            }
        }

        if (i < n && text[i] is 'j' or 'J')
        {
            i++;
        }

        return i;
    }

    private static int Digits(string text, int i)
    {
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] == '_' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
        {
            i++;
        }

        return i;
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_' || (c > 127 && char.IsLetter(c));

    private static bool IsNamePart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || (c > 127 && char.IsLetterOrDigit(c));

    private static int[] Columns(string text)
    {
        var columns = new int[text.Length];
        int column = 0;
        for (int i = 0; i < text.Length; i++)
        {
            columns[i] = column;
            column = text[i] == '\n' ? 0 : column + 1;
        }

        return columns;
    }
}
