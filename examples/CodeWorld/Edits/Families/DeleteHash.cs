using CodeWorld.Audit;
using CodeWorld.Lexing;

namespace CodeWorld.Edits.Families;

/// <summary>Deletes the <c>#</c> that starts the comment holding the labelled character; size: its distance.</summary>
public sealed class DeleteHash : CodeEditFamily
{
    /// <inheritdoc />
    public override string Name => "delete-hash";

    /// <inheritdoc />
    public override IEnumerable<CodeEdit> Candidates(CodeWindow window, LexedText lexed)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(lexed);
        if (!lexed.InComment(Labelled))
        {
            yield break;
        }

        int hash = RunStart(lexed, Labelled, CharClass.Comment);
        if (window.Context[hash] == '#')
        {
            CodeEdit? edit = CodeEdit.Create(Name, $"deletes the # that starts the comment, {Before(hash + 1)}", DistanceOf(hash + 1), window, WindowSplice.Delete(hash, "#"));
            if (edit is not null)
            {
                yield return edit;
            }
        }
    }
}
