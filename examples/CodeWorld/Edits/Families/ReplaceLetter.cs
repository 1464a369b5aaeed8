using CodeWorld.Audit;
using CodeWorld.Lexing;

namespace CodeWorld.Edits.Families;

/// <summary>
/// Changes one letter of a name or a comment to the next letter of the alphabet (z to a, case kept), or one digit of
/// a number to the next digit, before the labelled character; only where the lexer then labels every character of the
/// window as before (no name becomes a keyword, no number changes its form). Size: 1.
/// </summary>
public sealed class ReplaceLetter : CodeEditFamily
{
    /// <inheritdoc />
    public override string Name => "replace-letter";

    /// <inheritdoc />
    public override IEnumerable<CodeEdit> Candidates(CodeWindow window, LexedText lexed)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(lexed);
        string text = window.Context;
        for (int at = Labelled - 1; at >= 0; at--)
        {
            char old = text[at];
            CharClass kind = lexed.Classes[at];
            char? replacement = kind switch
            {
                CharClass.Identifier or CharClass.Comment when char.IsAsciiLetter(old) => NextLetter(old),
                CharClass.Number when char.IsAsciiDigit(old) => (char)('0' + ((old - '0' + 1) % 10)),
                _ => null,
            };
            if (replacement is not { } c)
            {
                continue;
            }

            string where = kind switch
            {
                CharClass.Identifier => "a name",
                CharClass.Comment => "a comment",
                _ => "a number",
            };
            CodeEdit? edit = CodeEdit.Create(
                Name, $"changes {old} to {c} in {where} {Before(at + 1)}", 1, window, new WindowSplice(at, old.ToString(), c.ToString()));
            if (edit is not null && PythonLexer.Lex(edit.Apply(window).Context).Classes.SequenceEqual(lexed.Classes))
            {
                yield return edit;
            }
        }
    }

    private static char NextLetter(char c) => c switch
    {
        'z' => 'a',
        'Z' => 'A',
        _ => (char)(c + 1),
    };
}
