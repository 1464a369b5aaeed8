using CodeWorld.Audit;
using CodeWorld.Lexing;

namespace CodeWorld.Edits.Families;

/// <summary>Deletes a whole comment (from its <c>#</c> to its line's end) that ends before the labelled character. Size: its length.</summary>
public sealed class DeleteComment : CodeEditFamily
{
    /// <inheritdoc />
    public override string Name => "delete-comment";

    /// <inheritdoc />
    public override IEnumerable<CodeEdit> Candidates(CodeWindow window, LexedText lexed)
    {
        ArgumentNullException.ThrowIfNull(window);
        string text = window.Context;
        foreach ((int start, int end) in RunsBeforeLabelled(lexed, CharClass.Comment))
        {
            if (text[start] != '#')
            {
                continue;
            }

            string comment = text[start..end];
            CodeEdit? edit = CodeEdit.Create(Name, $"deletes the comment {Quoted(comment)} that ends {Before(end)}", comment.Length, window, WindowSplice.Delete(start, comment));
            if (edit is not null)
            {
                yield return edit;
            }
        }
    }
}
