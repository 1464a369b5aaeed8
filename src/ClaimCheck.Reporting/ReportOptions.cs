namespace ClaimCheck.Reporting;

/// <summary>How a run report is written.</summary>
public sealed record ReportOptions
{
    /// <summary>
    /// Where rule pages live: a URL or path prefix to which "CLMxxxx.md" is appended, e.g.
    /// "https://github.com/owner/repo/blob/main/docs/rules/" or "../docs/rules/". Null: <see cref="RuleLinks.Find(string)"/>
    /// decides (the commit's pages on GitHub Actions, else the repository's docs/rules beside the output folder).
    /// </summary>
    public string? RulesBase { get; init; }

    /// <summary>The report's title.</summary>
    public string Title { get; init; } = "ClaimCheck report";
}
