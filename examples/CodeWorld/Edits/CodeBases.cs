using System.Globalization;
using CodeWorld.Audit;

namespace CodeWorld.Edits;

/// <summary>
/// Chooses the windows edit cases start from. A window of 64 characters lexed alone can disagree with its file: a
/// string, a comment or a bracket opened before the window is invisible in it. Edits are judged on windows lexed
/// alone, so a base is kept only when the two agree: where file labels are given, a window whose label in its file
/// differs from its label lexed alone is left out; without file labels, every window of the right length is kept and
/// labelled alone.
/// </summary>
public static class CodeBases
{
    /// <summary>The bases among <paramref name="windows"/> and how many were left out.</summary>
    /// <param name="concept">The concept the bases are labelled with.</param>
    /// <param name="windows">The candidate windows (usually a held-out split's).</param>
    /// <param name="source">The windows' source in words, e.g. the split's name.</param>
    /// <param name="fileLabels">Each window's label from lexing its whole file, or null.</param>
    /// <param name="documents">Each window's document (file), or null.</param>
    public static (IReadOnlyList<CodeBase> Kept, int LeftOut) Select(
        CodeEditConcept concept, IReadOnlyList<CodeWindow> windows, string source, IReadOnlyList<bool>? fileLabels, IReadOnlyList<string>? documents)
    {
        ArgumentNullException.ThrowIfNull(concept);
        ArgumentNullException.ThrowIfNull(windows);
        if (fileLabels is not null && fileLabels.Count != windows.Count)
        {
            throw new ArgumentException($"{fileLabels.Count} file labels for {windows.Count} windows", nameof(fileLabels));
        }

        if (documents is not null && documents.Count != windows.Count)
        {
            throw new ArgumentException($"{documents.Count} documents for {windows.Count} windows", nameof(documents));
        }

        var kept = new List<CodeBase>();
        for (int i = 0; i < windows.Count; i++)
        {
            CodeWindow window = windows[i];
            if (window.Context.Length != CodeWindow.Length)
            {
                continue;
            }

            bool alone = concept.IsPresent(window);
            if (fileLabels is not null && fileLabels[i] != alone)
            {
                continue;
            }

            string document = documents is null ? string.Empty : $" ({documents[i]})";
            string description = string.Create(CultureInfo.InvariantCulture, $"window {i} of {source}{document} {WindowText.Plain(window.Context)}");
            kept.Add(new CodeBase(window, description, alone));
        }

        return (kept, windows.Count - kept.Count);
    }
}
