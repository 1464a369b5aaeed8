namespace ClaimCheck.Reporting.Results;

/// <summary>How many claims got each verdict, in one line.</summary>
internal static class VerdictCounts
{
    private static readonly string[] Order = ["Holds", "Brittle", "Refuted", "Inconclusive"];

    /// <summary>E.g. "12 claims: 5 Holds, 4 Brittle, 2 Refuted, 1 Inconclusive" (verdicts with no claim left out).</summary>
    public static string Sentence(IEnumerable<string> verdicts)
    {
        string[] all = verdicts.ToArray();
        var counts = all.GroupBy(v => v, StringComparer.Ordinal)
            .OrderBy(g => Array.IndexOf(Order, g.Key) is var i && i >= 0 ? i : Order.Length)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Count()} {g.Key}");
        return $"{all.Length} claim{(all.Length == 1 ? "" : "s")}: {string.Join(", ", counts)}";
    }
}
