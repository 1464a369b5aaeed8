using CodeWorld.Audit;
using CodeWorld.Lexing;

namespace CodeWorld.Edits.Families;

/// <summary>Inserts an opening bracket some distance before the labelled character; size: the distance.</summary>
public sealed class OpenBracket : CodeEditFamily
{
    /// <inheritdoc />
    public override string Name => "open-bracket";

    /// <inheritdoc />
    public override IEnumerable<CodeEdit> Candidates(CodeWindow window, LexedText lexed)
    {
        for (int start = Labelled; start >= 1; start--)
        {
            foreach (string bracket in (string[])["(", "[", "{"])
            {
                CodeEdit? edit = CodeEdit.Create(Name, $"opens a bracket {bracket} {Before(start)}", DistanceOf(start), window, WindowSplice.Insert(start, bracket));
                if (edit is not null)
                {
                    yield return edit;
                }
            }
        }
    }
}
