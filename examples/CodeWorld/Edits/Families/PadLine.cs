using System.Globalization;
using CodeWorld.Audit;
using CodeWorld.Lexing;

namespace CodeWorld.Edits.Families;

/// <summary>
/// Widens the labelled character's line with spaces, at its indentation or at a run of spaces between its tokens
/// (outside strings and comments), so the labelled character moves right: by exactly as many columns as it needs to
/// reach column 60, or a few more. Size: the spaces inserted.
/// </summary>
public sealed class PadLine : CodeEditFamily
{
    private const int TargetColumn = 60;
    private static readonly int[] Extra = [0, 1, 2, 4];

    /// <inheritdoc />
    public override string Name => "pad-line";

    /// <inheritdoc />
    public override IEnumerable<CodeEdit> Candidates(CodeWindow window, LexedText lexed)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(lexed);
        string text = window.Context;
        int column = lexed.Columns[Labelled];
        int lineStart = Labelled - column;
        if (column >= TargetColumn || lineStart == 0)
        {
            yield break;
        }

        int need = TargetColumn - column;
        for (int at = Labelled; at >= lineStart; at--)
        {
            // At the line's start, or right after a space between tokens.
            bool indentation = at == lineStart;
            if (!indentation && (text[at - 1] != ' ' || lexed.Classes[at - 1] != CharClass.Code))
            {
                continue;
            }

            foreach (int spaces in Extra.Select(e => need + e))
            {
                string where = indentation ? "indents the labelled character's line" : $"widens the spacing {Before(at)}";
                CodeEdit? edit = CodeEdit.Create(
                    Name, string.Create(CultureInfo.InvariantCulture, $"{where} by {spaces} spaces"), spaces, window, WindowSplice.Insert(at, new string(' ', spaces)));
                if (edit is not null)
                {
                    yield return edit;
                }
            }
        }
    }
}
