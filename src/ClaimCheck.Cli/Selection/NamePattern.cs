using System.Text.RegularExpressions;

namespace ClaimCheck.Cli.Selection;

/// <summary>
/// A name filter as people type it: with <c>*</c> or <c>?</c> it is a wildcard pattern over the whole name
/// (<c>BottleneckClaims.*</c>); without, it matches any name that contains it (<c>Unit3</c>). Case is ignored.
/// </summary>
internal sealed class NamePattern
{
    private readonly Regex? _wildcard;
    private readonly string _text;

    public NamePattern(string text)
    {
        _text = text.Trim();
        if (_text.IndexOfAny(['*', '?']) >= 0)
        {
            string regex = "^" + Regex.Escape(_text).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$";
            _wildcard = new Regex(regex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>Whether <paramref name="name"/> matches.</summary>
    public bool Matches(string name) =>
        _wildcard?.IsMatch(name) ?? name.Contains(_text, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether any of <paramref name="patterns"/> matches (true when there are none: no filter).</summary>
    public static bool AnyMatches(IReadOnlyList<NamePattern> patterns, string name) =>
        patterns.Count == 0 || patterns.Any(p => p.Matches(name));

    public override string ToString() => _text;
}
