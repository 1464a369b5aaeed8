using NUnit.Framework;

namespace ClaimCheck.Tests;

/// <summary>Where the repository's files are, for tests that read docs, sources and build files.</summary>
internal static class RepositoryRoot
{
    /// <summary>The nearest folder above the test output that holds ClaimCheck.sln.</summary>
    public static string Find()
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
