using CodeWorld.Lexing;

namespace CodeWorld.Edits;

/// <summary>The brackets still open at a point of a lexed text: openers outside strings and comments not yet closed.</summary>
public static class OpenBrackets
{
    /// <summary>The indices of the brackets open just before <paramref name="end"/>, outermost first.</summary>
    public static IReadOnlyList<int> Before(LexedText lexed, int end)
    {
        ArgumentNullException.ThrowIfNull(lexed);
        var open = new List<int>();
        for (int i = 0; i < end && i < lexed.Length; i++)
        {
            if (lexed.Classes[i] != CharClass.Code)
            {
                continue;
            }

            char c = lexed.Text[i];
            if (c is '(' or '[' or '{')
            {
                open.Add(i);
            }
            else if (c is ')' or ']' or '}' && open.Count > 0)
            {
                // The lexer's depth falls by one at any closer, matching or not; so does this stack.
                open.RemoveAt(open.Count - 1);
            }
        }

        return open;
    }

    /// <summary>The closer of an opening bracket.</summary>
    public static char CloserOf(char opener) => opener switch
    {
        '(' => ')',
        '[' => ']',
        '{' => '}',
        _ => throw new ArgumentOutOfRangeException(nameof(opener), opener, "not an opening bracket"),
    };
}
