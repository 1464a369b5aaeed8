using CodeWorld.Audit;
using CodeWorld.Lexing;

namespace CodeWorld.Edits.Families;

/// <summary>
/// Appends a comment to a line of code that ends before the labelled character (at its newline, outside strings,
/// comments and line continuations). Size: the characters inserted.
/// </summary>
public sealed class InsertComment : CodeEditFamily
{
    private static readonly string[] Comments = ["  #", "  # x", "  # note", "  # see above"];

    /// <inheritdoc />
    public override string Name => "insert-comment";

    /// <inheritdoc />
    public override IEnumerable<CodeEdit> Candidates(CodeWindow window, LexedText lexed)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(lexed);
        string text = window.Context;
        for (int at = Labelled; at >= 1; at--)
        {
            if (text[at] != '\n' || lexed.Classes[at] != CharClass.Code || text[at - 1] == '\\' || lexed.InComment(at - 1))
            {
                continue;
            }

            foreach (string comment in Comments)
            {
                CodeEdit? edit = CodeEdit.Create(
                    Name, $"appends the comment {Quoted(comment.Trim())} to the line that ends {Before(at)}", comment.Length, window, WindowSplice.Insert(at, comment));
                if (edit is not null)
                {
                    yield return edit;
                }
            }
        }
    }
}
