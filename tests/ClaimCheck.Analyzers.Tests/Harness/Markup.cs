using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ClaimCheck.Analyzers.Tests.Harness;

/// <summary>A diagnostic a test expects: its ID and the text it must cover, in a file.</summary>
internal sealed record ExpectedDiagnostic(string Id, string Path, TextSpan Span);

/// <summary>
/// Reads test sources in the markup of the Roslyn testing libraries: <c>{|CLM0001:Name|}</c> says that a CLM0001
/// diagnostic covers exactly <c>Name</c>. Spans nest (<c>{|CLM0001:{|CLM0002:Name|}|}</c>) for diagnostics on the same text.
/// </summary>
internal static class Markup
{
    public static (string Text, IReadOnlyList<ExpectedDiagnostic> Expected) Parse(string path, string markup)
    {
        var text = new StringBuilder(markup.Length);
        var expected = new List<ExpectedDiagnostic>();
        var open = new Stack<(string Id, int Start)>();
        for (int i = 0; i < markup.Length; i++)
        {
            if (Starts(markup, i, "{|"))
            {
                int colon = markup.IndexOf(':', i + 2);
                if (colon < 0)
                {
                    throw new FormatException($"'{{|' at {i} in {path} has no ':' after its ID");
                }

                open.Push((markup[(i + 2)..colon], text.Length));
                i = colon;
            }
            else if (Starts(markup, i, "|}"))
            {
                if (open.Count == 0)
                {
                    throw new FormatException($"'|}}' at {i} in {path} closes nothing");
                }

                (string id, int start) = open.Pop();
                expected.Add(new ExpectedDiagnostic(id, path, TextSpan.FromBounds(start, text.Length)));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException($"{open.Count} '{{|' left open in {path}");
        }

        return (text.ToString(), expected);
    }

    private static bool Starts(string text, int index, string token) => string.CompareOrdinal(text, index, token, 0, token.Length) == 0;
}
