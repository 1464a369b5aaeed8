using CodeWorld.Audit;
using CodeWorld.Lexing;

namespace CodeWorld.Edits.Families;

/// <summary>Inserts a quote on the labelled character's line some distance before it, so a string may run from it to the end; size: the distance.</summary>
public sealed class OpenString : CodeEditFamily
{
    /// <inheritdoc />
    public override string Name => "open-string";

    /// <inheritdoc />
    public override IEnumerable<CodeEdit> Candidates(CodeWindow window, LexedText lexed)
    {
        ArgumentNullException.ThrowIfNull(lexed);

        // Only on the labelled character's line: what these open ends at the line's end.
        int lineStart = Labelled - lexed.Columns[Labelled];
        for (int start = Labelled; start >= Math.Max(lineStart, 1); start--)
        {
            foreach (string quote in (string[])["'", "\""])
            {
                CodeEdit? edit = CodeEdit.Create(Name, $"opens a string with {quote} {Before(start)}", DistanceOf(start), window, WindowSplice.Insert(start, quote));
                if (edit is not null)
                {
                    yield return edit;
                }
            }
        }
    }
}
