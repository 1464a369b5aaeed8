using CodeWorld.Audit;
using CodeWorld.Lexing;

namespace CodeWorld.Edits.Families;

/// <summary>Inserts a newline inside the comment that holds the labelled character, so the rest of it is on a line of its own; size: the distance.</summary>
public sealed class BreakCommentLine : CodeEditFamily
{
    /// <inheritdoc />
    public override string Name => "break-comment-line";

    /// <inheritdoc />
    public override IEnumerable<CodeEdit> Candidates(CodeWindow window, LexedText lexed)
    {
        ArgumentNullException.ThrowIfNull(lexed);
        if (!lexed.InComment(Labelled))
        {
            yield break;
        }

        int hash = RunStart(lexed, Labelled, CharClass.Comment);
        for (int start = Labelled; start > hash; start--)
        {
            CodeEdit? edit = CodeEdit.Create(Name, $"breaks the comment's line {Before(start)}", DistanceOf(start), window, WindowSplice.Insert(start, "\n"));
            if (edit is not null)
            {
                yield return edit;
            }
        }
    }
}
