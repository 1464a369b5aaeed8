using ClaimCheck.Evidence.Edits;
using ClaimCheck.Targets;
using CodeWorld.Audit;

namespace CodeWorld.Edits;

/// <summary>
/// A text edit of a code window: one or more splices, then the window is brought back to
/// <see cref="CodeWindow.Length"/> characters at its start (characters the edit adds push as many out at the start;
/// characters it deletes are made up by spaces padded at the start), so the labelled character stays the last and the
/// next character stays as it was. Splices never touch the labelled character, and an edit never pushes out a
/// character it inserted. Made for one window (<see cref="Create"/>), it says in words what it does and shows that
/// window with the change marked (<see cref="WindowText.Marked"/>).
/// </summary>
public sealed record CodeEdit : IEdit<CodeWindow>
{
    private CodeEdit(string family, string action, int size, IReadOnlyList<WindowSplice> splices, string marked)
    {
        Family = family;
        Action = action;
        Size = size;
        Splices = splices;
        Marked = marked;
    }

    /// <summary>The edit family that made it (see <see cref="CodeEditFamily"/>); shrinking stays within it.</summary>
    public string Family { get; }

    /// <summary>What the edit does, e.g. "opens a string with ' 12 characters before the labelled character".</summary>
    public string Action { get; }

    /// <inheritdoc />
    public int Size { get; }

    /// <summary>The splices, in window order, not overlapping.</summary>
    public IReadOnlyList<WindowSplice> Splices { get; }

    /// <summary>The window the edit was made for, with the change marked.</summary>
    public string Marked { get; }

    /// <summary>How many characters longer the spliced window gets before it is brought back to length.</summary>
    public int Growth => Splices.Sum(s => s.Growth);

    /// <summary>
    /// The edit of <paramref name="window"/> made of <paramref name="splices"/>, or null when they cannot act on it
    /// (out of order, overlapping, not matching the window, touching the labelled character, inserting characters
    /// the length rule would push out again, or leaving the window as it was).
    /// </summary>
    public static CodeEdit? Create(string family, string action, int size, CodeWindow window, params WindowSplice[] splices)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(splices);
        string context = window.Context;
        if (splices.Length == 0 || context.Length != CodeWindow.Length)
        {
            return null;
        }

        int previousEnd = 0;
        foreach (WindowSplice splice in splices)
        {
            if (splice.Start < previousEnd || !splice.MatchesContext(context) || splice.End > context.Length - 1
                || (splice.Removed.Length == 0 && splice.Inserted.Length == 0))
            {
                return null;
            }

            previousEnd = splice.End;
        }

        int growth = splices.Sum(s => s.Growth);
        if (growth > splices[0].Start)
        {
            return null;
        }

        // Checked after the splices, so a family may compute a size from a splice that turns out not to fit.
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);

        var edit = new CodeEdit(family, action, size, splices, WindowText.Marked(context, splices, growth));

        // Pushing out characters at the start can undo an insertion of the same characters (spaces after spaces).
        return edit.Apply(window).Context == context ? null : edit;
    }

    /// <inheritdoc />
    public CodeWindow Apply(CodeWindow input)
    {
        ArgumentNullException.ThrowIfNull(input);
        string context = input.Context;
        if (context.Length != CodeWindow.Length || Splices.Any(s => !s.MatchesContext(context)))
        {
            throw new ArgumentException($"the edit ({Action}) was made for another window than {WindowText.Plain(context)}", nameof(input));
        }

        var spliced = new System.Text.StringBuilder(context.Length + Math.Max(0, Growth));
        int at = 0;
        foreach (WindowSplice splice in Splices)
        {
            spliced.Append(context, at, splice.Start - at).Append(splice.Inserted);
            at = splice.End;
        }

        spliced.Append(context, at, context.Length - at);
        string edited = Growth >= 0
            ? spliced.ToString(Growth, CodeWindow.Length)
            : new string(' ', -Growth) + spliced;
        return input with { Context = edited };
    }

    /// <inheritdoc />
    public string Describe() => $"{Action}: {Marked}";

    /// <inheritdoc />
    public bool Equals(CodeEdit? other) =>
        other is not null && Family == other.Family && Action == other.Action && Size == other.Size && Marked == other.Marked
        && Splices.SequenceEqual(other.Splices);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Family, Action, Size, Marked);

    /// <inheritdoc />
    public override string ToString() => Describe();
}
