using NUnit.Framework;

namespace ClaimCheck.Cli.Tests.Support;

/// <summary>Where the repository and the projects these tests drive are, found from the test output folder.</summary>
internal static class RepositoryPaths
{
    /// <summary>The repository root: the nearest folder above the test output that holds ClaimCheck.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The output folder's last two parts (e.g. Release/net10.0), shared by every project of one build.</summary>
    private static string ConfigurationAndFramework
    {
        get
        {
            var output = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            return Path.Combine(output.Parent!.Name, output.Name);
        }
    }

    /// <summary>The built fixture claim project (tests/ClaimCheck.Cli.Claims).</summary>
    public static string FixtureAssembly =>
        Path.Combine(Root, "tests", "ClaimCheck.Cli.Claims", "bin", ConfigurationAndFramework, "ClaimCheck.Cli.Claims.dll");

    /// <summary>The fixture claim project's source folder (its verified snapshots sit there).</summary>
    public static string FixtureFolder => Path.Combine(Root, "tests", "ClaimCheck.Cli.Claims");

    /// <summary>The command line as built in its own project (no TorchSharp native library beside it).</summary>
    public static string CliAssembly =>
        Path.Combine(Root, "src", "ClaimCheck.Cli", "bin", ConfigurationAndFramework, "ClaimCheck.Cli.dll");

    /// <summary>The stripes world's assembly, copied beside the tests.</summary>
    public static string StripesWorldAssembly => Path.Combine(TestContext.CurrentContext.TestDirectory, "StripesWorld.dll");

    private static string FindRoot()
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
