using System.Globalization;
using CodeWorld.Audit;
using CodeWorld.Lexing;

namespace CodeWorld.Edits;

/// <summary>
/// One kind of text edit (open a string, rename a name, ...): every edit of the kind that can act on a given window,
/// each with its size. Which of them adds, removes or keeps a concept is not the family's business: the lexer decides
/// that on the edited window (<see cref="ConceptChange"/>). A failing case shrinks to a smaller edit of the same family
/// on the same window.
/// </summary>
public abstract class CodeEditFamily
{
    /// <summary>The family's name, e.g. <c>open-string</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Every edit of this family that can act on <paramref name="window"/> (lexed as <paramref name="lexed"/>), in a fixed order.</summary>
    public abstract IEnumerable<CodeEdit> Candidates(CodeWindow window, LexedText lexed);

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>The labelled character's index.</summary>
    protected const int Labelled = CodeWindow.Length - 1;

    /// <summary>
    /// Where a change that ends at <paramref name="end"/> (exclusive, in the window before the edit) stands, counted
    /// back from the labelled character: 1 is right before it.
    /// </summary>
    protected static int DistanceOf(int end) => CodeWindow.Length - end;

    /// <summary>"12 characters before the labelled character" for a change that ends at <paramref name="end"/>.</summary>
    protected static string Before(int end)
    {
        int distance = DistanceOf(end);
        return distance == 1
            ? "right before the labelled character"
            : string.Create(CultureInfo.InvariantCulture, $"{distance} characters before the labelled character");
    }

    /// <summary><paramref name="text"/> quoted in backticks for the words of an edit, newlines as ⏎.</summary>
    protected static string Quoted(string text) => $"`{WindowText.Escape(text)}`";

    /// <summary>The first index of the run of <paramref name="kind"/> characters that holds <paramref name="index"/>.</summary>
    protected static int RunStart(LexedText lexed, int index, CharClass kind)
    {
        ArgumentNullException.ThrowIfNull(lexed);
        int start = index;
        while (start > 0 && lexed.Classes[start - 1] == kind)
        {
            start--;
        }

        return start;
    }

    /// <summary>The runs [start, end) of <paramref name="kind"/> characters that end before the labelled character.</summary>
    protected static IEnumerable<(int Start, int End)> RunsBeforeLabelled(LexedText lexed, CharClass kind)
    {
        ArgumentNullException.ThrowIfNull(lexed);
        int i = 0;
        while (i < Labelled)
        {
            if (lexed.Classes[i] != kind)
            {
                i++;
                continue;
            }

            int start = i;
            while (i < lexed.Length && lexed.Classes[i] == kind)
            {
                i++;
            }

            if (i <= Labelled)
            {
                yield return (start, i);
            }
        }
    }
}
