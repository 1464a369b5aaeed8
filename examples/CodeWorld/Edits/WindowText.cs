using System.Text;

namespace CodeWorld.Edits;

/// <summary>
/// Code windows as one line of readable text: a newline shows as ⏎ and other control characters as their Unicode
/// control pictures (a tab as ␉), the labelled (last) character stands in ⟨ ⟩, and in an edit's rendering each
/// changed span stands in ⟦ ⟧: ⟦+x⟧ inserts x, ⟦−x⟧ deletes x, ⟦x→y⟧ replaces x by y. Reading each mark as what it
/// removes (nothing for ⟦+x⟧) gives the window before the edit; reading it as what it inserts gives the window after.
/// </summary>
public static class WindowText
{
    /// <summary>Opens a changed span.</summary>
    public const char ChangeOpen = '⟦';

    /// <summary>Closes a changed span.</summary>
    public const char ChangeClose = '⟧';

    /// <summary><paramref name="text"/> with newlines as ⏎ and other control characters as control pictures.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            result.Append(Visible(c));
        }

        return result.ToString();
    }

    /// <summary>The window's characters, escaped, with its labelled (last) character in ⟨ ⟩, inside « ».</summary>
    public static string Plain(string context)
    {
        ArgumentException.ThrowIfNullOrEmpty(context);
        return $"«{Escape(context[..^1])}⟨{Visible(context[^1])}⟩»";
    }

    /// <summary>
    /// The window <paramref name="context"/> with <paramref name="splices"/> (in order, not overlapping) marked, and the
    /// characters the edit drops from the window's start (<paramref name="growth"/> &gt; 0) or the spaces it pads there
    /// (<paramref name="growth"/> &lt; 0) marked as a deletion or an insertion at the start.
    /// </summary>
    public static string Marked(string context, IReadOnlyList<WindowSplice> splices, int growth)
    {
        ArgumentException.ThrowIfNullOrEmpty(context);
        ArgumentNullException.ThrowIfNull(splices);
        var result = new StringBuilder("«");
        int at = 0;
        if (growth > 0)
        {
            Change(result, context[..growth], string.Empty);
            at = growth;
        }
        else if (growth < 0)
        {
            Change(result, string.Empty, new string(' ', -growth));
        }

        foreach (WindowSplice splice in splices)
        {
            result.Append(Escape(context[at..splice.Start]));
            Change(result, splice.Removed, splice.Inserted);
            at = splice.End;
        }

        result.Append(Escape(context[at..^1])).Append('⟨').Append(Visible(context[^1])).Append("⟩»");
        return result.ToString();
    }

    private static void Change(StringBuilder result, string removed, string inserted)
    {
        result.Append(ChangeOpen);
        if (removed.Length == 0)
        {
            result.Append('+').Append(Escape(inserted));
        }
        else if (inserted.Length == 0)
        {
            result.Append('−').Append(Escape(removed));
        }
        else
        {
            result.Append(Escape(removed)).Append('→').Append(Escape(inserted));
        }

        result.Append(ChangeClose);
    }

    private static char Visible(char c) => c switch
    {
        '\n' => '⏎',
        < ' ' => (char)(0x2400 + c),
        '\u007f' => '␡',
        _ => c,
    };
}
