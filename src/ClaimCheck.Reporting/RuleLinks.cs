namespace ClaimCheck.Reporting;

/// <summary>Where a diagnostic ID's documentation page is, so reports can link each ID to its page.</summary>
internal static class RuleLinks
{
    /// <summary>
    /// The rules prefix for a report written to <paramref name="outputDirectory"/>: on GitHub Actions
    /// (GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_SHA set) the pages of the commit under test, which links in an
    /// artifact or a step summary can reach; otherwise the relative path from the output folder to the nearest
    /// <c>docs/rules</c> above it; null when there is none (IDs are then shown without links).
    /// </summary>
    public static string? Find(string outputDirectory) => Find(outputDirectory, Environment.GetEnvironmentVariable);

    /// <summary><see cref="Find(string)"/> with the environment read through <paramref name="environment"/> (for tests).</summary>
    internal static string? Find(string outputDirectory, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(outputDirectory);
        string? server = environment("GITHUB_SERVER_URL");
        string? repository = environment("GITHUB_REPOSITORY");
        string? sha = environment("GITHUB_SHA");
        if (!string.IsNullOrEmpty(server) && !string.IsNullOrEmpty(repository) && !string.IsNullOrEmpty(sha))
        {
            return $"{server.TrimEnd('/')}/{repository}/blob/{sha}/docs/rules/";
        }

        string output = Path.GetFullPath(outputDirectory);
        for (DirectoryInfo? dir = new(output); dir is not null; dir = dir.Parent)
        {
            string rules = Path.Combine(dir.FullName, "docs", "rules");
            if (File.Exists(Path.Combine(rules, "README.md")))
            {
                return Path.GetRelativePath(output, rules).Replace('\\', '/') + "/";
            }
        }

        return null;
    }

    /// <summary>The page of <paramref name="id"/> under <paramref name="rulesBase"/>, or null without a base.</summary>
    public static string? Page(string? rulesBase, string id) => rulesBase is null ? null : rulesBase + id + ".md";
}
