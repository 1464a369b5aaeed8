using CodeWorld.Audit;
using CodeWorld.Lexing;

namespace CodeWorld.Edits.Families;

/// <summary>Inserts <c># </c> on the labelled character's line some distance before it, so a comment runs from it to the end; size: the distance.</summary>
public sealed class StartComment : CodeEditFamily
{
    /// <inheritdoc />
    public override string Name => "start-comment";

    /// <inheritdoc />
    public override IEnumerable<CodeEdit> Candidates(CodeWindow window, LexedText lexed)
    {
        ArgumentNullException.ThrowIfNull(lexed);

        // Only on the labelled character's line: what these open ends at the line's end.
        int lineStart = Labelled - lexed.Columns[Labelled];
        for (int start = Labelled; start >= Math.Max(lineStart, 2); start--)
        {
            CodeEdit? edit = CodeEdit.Create(Name, $"starts a comment with # {Before(start)}", DistanceOf(start), window, WindowSplice.Insert(start, "# "));
            if (edit is not null)
            {
                yield return edit;
            }
        }
    }
}
