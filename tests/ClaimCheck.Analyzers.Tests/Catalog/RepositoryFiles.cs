using NUnit.Framework;

namespace ClaimCheck.Analyzers.Tests.Catalog;

/// <summary>Files of the repository the sync tests read.</summary>
internal static class RepositoryFiles
{
    public static string RulesFolder => Path.Combine(Root(), "docs", "rules");

    public static string RulePage(string id) => Path.Combine(RulesFolder, id + ".md");

    /// <summary>The nearest folder above the test output that holds ClaimCheck.sln.</summary>
    public static string Root()
    {
        for (DirectoryInfo? folder = new(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ClaimCheck.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no folder above {TestContext.CurrentContext.TestDirectory} holds ClaimCheck.sln");
    }
}
