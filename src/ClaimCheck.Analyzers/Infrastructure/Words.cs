using System.Collections.Generic;
using System.Text;

namespace ClaimCheck.Analyzers;

/// <summary>Lists in prose: "a", "a and b", "a, b and c".</summary>
internal static class Words
{
    public static string List(IReadOnlyList<string> items)
    {
        var text = new StringBuilder();
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                text.Append(i == items.Count - 1 ? " and " : ", ");
            }

            text.Append(items[i]);
        }

        return text.ToString();
    }
}
