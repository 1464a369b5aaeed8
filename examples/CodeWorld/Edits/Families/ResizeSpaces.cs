using System.Globalization;
using CodeWorld.Audit;
using CodeWorld.Lexing;

namespace CodeWorld.Edits.Families;

/// <summary>
/// Changes a run of spaces outside strings and comments: a line's indentation by 1, 2 or 4 spaces either way, or the
/// spacing between two tokens by 1 or 2 (never to nothing, which could join the tokens). Size: the spaces added or
/// removed.
/// </summary>
public sealed class ResizeSpaces : CodeEditFamily
{
    private static readonly int[] IndentSteps = [1, -1, 2, -2, 4, -4];
    private static readonly int[] SpacingSteps = [1, -1, 2, -2];

    /// <inheritdoc />
    public override string Name => "resize-spaces";

    /// <inheritdoc />
    public override IEnumerable<CodeEdit> Candidates(CodeWindow window, LexedText lexed)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(lexed);
        string text = window.Context;
        int i = 0;
        while (i < Labelled)
        {
            if (text[i] != ' ' || lexed.Classes[i] != CharClass.Code)
            {
                i++;
                continue;
            }

            int start = i;
            while (i < Labelled && text[i] == ' ')
            {
                i++;
            }

            if (text[i] == ' ')
            {
                // The run reaches the labelled character.
                break;
            }

            if (start == 0)
            {
                // The window's start cuts the run: its length in the file is unknown.
                continue;
            }

            bool indentation = text[start - 1] == '\n';
            int length = i - start;
            foreach (int step in indentation ? IndentSteps : SpacingSteps)
            {
                int newLength = length + step;
                if (newLength < (indentation ? 0 : 1))
                {
                    continue;
                }

                WindowSplice splice = step > 0 ? WindowSplice.Insert(i, new string(' ', step)) : WindowSplice.Delete(start, new string(' ', -step));
                CodeEdit? edit = CodeEdit.Create(Name, Words(indentation, step, length, newLength, i), Math.Abs(step), window, splice);
                if (edit is not null)
                {
                    yield return edit;
                }
            }
        }
    }

    private static string Words(bool indentation, int step, int length, int newLength, int end)
    {
        string spaces = Math.Abs(step) == 1 ? "space" : "spaces";
        return indentation
            ? string.Create(CultureInfo.InvariantCulture, $"indents the line that starts {Before(end)} by {Math.Abs(step)} {(step > 0 ? "more" : "fewer")} {spaces}")
            : string.Create(CultureInfo.InvariantCulture, $"{(step > 0 ? "widens" : "narrows")} the spacing {Before(end)} from {length} to {newLength}");
    }
}
