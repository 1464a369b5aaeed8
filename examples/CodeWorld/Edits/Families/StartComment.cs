using CodeWorld.Audit;
using CodeWorld.Lexing;

namespace CodeWorld.Edits.Families;

/// <summary>Inserts <c># </c> some distance before the labelled character, so a comment may run from it to the end; size: the distance.</summary>
public sealed class StartComment : CodeEditFamily
{
    /// <inheritdoc />
    public override string Name => "start-comment";

    /// <inheritdoc />
    public override IEnumerable<CodeEdit> Candidates(CodeWindow window, LexedText lexed)
    {
        for (int start = Labelled; start >= 2; start--)
        {
            CodeEdit? edit = CodeEdit.Create(Name, $"starts a comment with # {Before(start)}", DistanceOf(start), window, WindowSplice.Insert(start, "# "));
            if (edit is not null)
            {
                yield return edit;
            }
        }
    }
}
