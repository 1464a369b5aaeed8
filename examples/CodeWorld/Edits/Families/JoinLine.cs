using CodeWorld.Audit;
using CodeWorld.Lexing;

namespace CodeWorld.Edits.Families;

/// <summary>Joins the labelled character's line to the line before: the newline between them becomes a space. Size: 1.</summary>
public sealed class JoinLine : CodeEditFamily
{
    /// <inheritdoc />
    public override string Name => "join-line";

    /// <inheritdoc />
    public override IEnumerable<CodeEdit> Candidates(CodeWindow window, LexedText lexed)
    {
        ArgumentNullException.ThrowIfNull(lexed);
        int newline = Labelled - lexed.Columns[Labelled] - 1;
        if (newline < 1 || lexed.Classes[newline] != CharClass.Code)
        {
            yield break;
        }

        CodeEdit? edit = CodeEdit.Create(
            Name, $"joins the labelled character's line to the line before (the newline {Before(newline + 1)} becomes a space)", 1, window,
            new WindowSplice(newline, "\n", " "));
        if (edit is not null)
        {
            yield return edit;
        }
    }
}
