namespace CodeWorld.Edits;

/// <summary>
/// One change of a window's characters: at <see cref="Start"/> (an index into the window before the edit) the
/// characters <see cref="Removed"/> give way to <see cref="Inserted"/>. Either may be empty (an insertion, a deletion).
/// </summary>
/// <param name="Start">Where the change starts in the window before the edit.</param>
/// <param name="Removed">The characters the change takes out, exactly as they stand in the window.</param>
/// <param name="Inserted">The characters it puts in their place.</param>
public sealed record WindowSplice(int Start, string Removed, string Inserted)
{
    /// <summary>Where the change ends (exclusive) in the window before the edit.</summary>
    public int End => Start + Removed.Length;

    /// <summary>How many characters longer the window gets (negative: shorter).</summary>
    public int Growth => Inserted.Length - Removed.Length;

    /// <summary>A pure insertion of <paramref name="text"/> before index <paramref name="start"/>.</summary>
    public static WindowSplice Insert(int start, string text) => new(start, string.Empty, text);

    /// <summary>A pure deletion of <paramref name="text"/>, which stands at <paramref name="start"/>.</summary>
    public static WindowSplice Delete(int start, string text) => new(start, text, string.Empty);

    /// <summary>Whether the change can act on <paramref name="context"/>: in range and removing what stands there.</summary>
    public bool MatchesContext(string context) =>
        Start >= 0 && End <= context.Length && string.CompareOrdinal(context, Start, Removed, 0, Removed.Length) == 0;
}
