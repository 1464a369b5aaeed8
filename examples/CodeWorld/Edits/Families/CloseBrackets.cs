using System.Globalization;
using CodeWorld.Audit;
using CodeWorld.Lexing;

namespace CodeWorld.Edits.Families;

/// <summary>
/// Inserts the closers of every bracket open at a point before the labelled character, innermost first; size: the
/// distance plus the closers beyond the first.
/// </summary>
public sealed class CloseBrackets : CodeEditFamily
{
    /// <inheritdoc />
    public override string Name => "close-brackets";

    /// <inheritdoc />
    public override IEnumerable<CodeEdit> Candidates(CodeWindow window, LexedText lexed)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(lexed);
        if (!lexed.InBrackets(Labelled))
        {
            yield break;
        }

        for (int start = Labelled; start >= 1; start--)
        {
            IReadOnlyList<int> open = OpenBrackets.Before(lexed, start);
            if (open.Count == 0 || lexed.Classes[start] is CharClass.StringLiteral or CharClass.Comment)
            {
                continue;
            }

            string closers = string.Concat(open.Reverse().Select(i => OpenBrackets.CloserOf(window.Context[i])));
            string words = closers.Length == 1
                ? $"closes the open bracket with {closers} {Before(start)}"
                : string.Create(CultureInfo.InvariantCulture, $"closes the {closers.Length} open brackets with {closers} {Before(start)}");
            CodeEdit? edit = CodeEdit.Create(Name, words, DistanceOf(start) + closers.Length - 1, window, WindowSplice.Insert(start, closers));
            if (edit is not null)
            {
                yield return edit;
            }
        }
    }
}
