using CodeWorld.Audit;
using CodeWorld.Lexing;

namespace CodeWorld.Edits.Families;

/// <summary>Deletes the opening quote of the string that holds the labelled character; size: its distance.</summary>
public sealed class DeleteOpeningQuote : CodeEditFamily
{
    /// <inheritdoc />
    public override string Name => "delete-opening-quote";

    /// <inheritdoc />
    public override IEnumerable<CodeEdit> Candidates(CodeWindow window, LexedText lexed)
    {
        ArgumentNullException.ThrowIfNull(lexed);
        if (StringOpener.Of(lexed, Labelled) is not { } opener)
        {
            yield break;
        }

        int end = opener.Quote + opener.Delimiter.Length;
        CodeEdit? edit = CodeEdit.Create(
            Name, $"deletes the opening {opener.Delimiter} of the string, {Before(end)}", DistanceOf(end), window, WindowSplice.Delete(opener.Quote, opener.Delimiter));
        if (edit is not null)
        {
            yield return edit;
        }
    }
}
