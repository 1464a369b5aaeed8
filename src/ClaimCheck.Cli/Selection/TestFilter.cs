using System.Text;

namespace ClaimCheck.Cli.Selection;

/// <summary>
/// The <c>dotnet test --filter</c> expression that runs exactly the chosen claims: one
/// <c>FullyQualifiedName=...</c> term per claim, joined by <c>|</c>. Explicit names (rather than the user's
/// patterns) keep the test host to claims only and make world and verdict filters possible, which the test
/// platform's filter language cannot express.
/// </summary>
internal static class TestFilter
{
    /// <summary>The filter for the tests named <paramref name="testNames"/>.</summary>
    public static string For(IEnumerable<string> testNames) =>
        string.Join('|', testNames.Select(n => "FullyQualifiedName=" + Escape(n)));

    // The filter language reserves these characters; a backslash makes them literal.
    private static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            if (c is '\\' or '(' or ')' or '&' or '|' or '=' or '!' or '~' or ',')
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        return text.ToString();
    }
}
