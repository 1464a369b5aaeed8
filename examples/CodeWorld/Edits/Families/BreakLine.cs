using CodeWorld.Audit;
using CodeWorld.Lexing;

namespace CodeWorld.Edits.Families;

/// <summary>
/// Breaks the labelled character's line with a line continuation (a backslash and a newline) after a space between
/// tokens, so the labelled character starts again near column 0 on a continuation line. Size: the distance.
/// </summary>
public sealed class BreakLine : CodeEditFamily
{
    /// <inheritdoc />
    public override string Name => "break-line";

    /// <inheritdoc />
    public override IEnumerable<CodeEdit> Candidates(CodeWindow window, LexedText lexed)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(lexed);
        string text = window.Context;
        int lineStart = Labelled - lexed.Columns[Labelled];
        for (int at = Labelled; at > Math.Max(lineStart, 2); at--)
        {
            if (text[at - 1] != ' ' || lexed.Classes[at - 1] != CharClass.Code)
            {
                continue;
            }

            CodeEdit? edit = CodeEdit.Create(Name, $"breaks the line with a continuation {Before(at)}", DistanceOf(at), window, WindowSplice.Insert(at, "\\\n"));
            if (edit is not null)
            {
                yield return edit;
            }
        }
    }
}
