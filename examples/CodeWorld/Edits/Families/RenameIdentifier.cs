using System.Globalization;
using CodeWorld.Audit;
using CodeWorld.Lexing;

namespace CodeWorld.Edits.Families;

/// <summary>
/// Renames a name everywhere it occurs in the window (a consistent rename, as a refactoring would), to one of a few
/// plain names the window does not use; names cut by the window's start, and any name the labelled character's name may be (it is cut by the
/// window's end), are left alone. Size: the characters removed and inserted.
/// </summary>
public sealed class RenameIdentifier : CodeEditFamily
{
    private static readonly string[] NewNames = ["x", "tmp", "item", "value", "result"];

    /// <inheritdoc />
    public override string Name => "rename-identifier";

    /// <inheritdoc />
    public override IEnumerable<CodeEdit> Candidates(CodeWindow window, LexedText lexed)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(lexed);
        string text = window.Context;
        (int Start, int End)[] runs = [.. RunsBeforeLabelled(lexed, CharClass.Identifier).Where(r => r.Start > 0)];
        var used = new HashSet<string>(runs.Select(r => text[r.Start..r.End]), StringComparer.Ordinal);
        string? atLabelled = lexed.InIdentifier(Labelled) ? text[RunStart(lexed, Labelled, CharClass.Identifier)..] : null;
        foreach (string name in runs.Select(r => text[r.Start..r.End]).Distinct(StringComparer.Ordinal))
        {
            if (atLabelled is not null && name.StartsWith(atLabelled, StringComparison.Ordinal))
            {
                continue;
            }

            (int Start, int End)[] occurrences = [.. runs.Where(r => text[r.Start..r.End] == name)];
            foreach (string newName in NewNames.Where(n => !used.Contains(n)))
            {
                WindowSplice[] splices = [.. occurrences.Select(r => new WindowSplice(r.Start, name, newName))];
                string times = occurrences.Length == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" ({occurrences.Length} times)");
                int size = occurrences.Length * (name.Length + newName.Length);
                CodeEdit? edit = CodeEdit.Create(Name, $"renames {name} to {newName}{times}", size, window, splices);
                if (edit is not null)
                {
                    yield return edit;
                }
            }
        }
    }
}
