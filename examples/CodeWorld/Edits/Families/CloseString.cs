using CodeWorld.Audit;
using CodeWorld.Lexing;

namespace CodeWorld.Edits.Families;

/// <summary>
/// Inserts the closing quote of the string that holds the labelled character somewhere between its opening quote and
/// the labelled character, so the string ends before it; size: the distance.
/// </summary>
public sealed class CloseString : CodeEditFamily
{
    /// <inheritdoc />
    public override string Name => "close-string";

    /// <inheritdoc />
    public override IEnumerable<CodeEdit> Candidates(CodeWindow window, LexedText lexed)
    {
        ArgumentNullException.ThrowIfNull(lexed);
        if (StringOpener.Of(lexed, Labelled) is not { } opener)
        {
            yield break;
        }

        for (int start = Labelled; start >= opener.Quote + opener.Delimiter.Length; start--)
        {
            CodeEdit? edit = CodeEdit.Create(
                Name, $"closes the string with {opener.Delimiter} {Before(start)}", DistanceOf(start), window, WindowSplice.Insert(start, opener.Delimiter));
            if (edit is not null)
            {
                yield return edit;
            }
        }
    }
}
