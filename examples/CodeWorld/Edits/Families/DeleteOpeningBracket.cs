using CodeWorld.Audit;
using CodeWorld.Lexing;

namespace CodeWorld.Edits.Families;

/// <summary>Deletes one of the brackets open at the labelled character; size: its distance.</summary>
public sealed class DeleteOpeningBracket : CodeEditFamily
{
    /// <inheritdoc />
    public override string Name => "delete-opening-bracket";

    /// <inheritdoc />
    public override IEnumerable<CodeEdit> Candidates(CodeWindow window, LexedText lexed)
    {
        ArgumentNullException.ThrowIfNull(window);
        foreach (int at in OpenBrackets.Before(lexed, Labelled).Reverse())
        {
            string bracket = window.Context[at].ToString();
            CodeEdit? edit = CodeEdit.Create(Name, $"deletes the opening {bracket} {Before(at + 1)}", DistanceOf(at + 1), window, WindowSplice.Delete(at, bracket));
            if (edit is not null)
            {
                yield return edit;
            }
        }
    }
}
