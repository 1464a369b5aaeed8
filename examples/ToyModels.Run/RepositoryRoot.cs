namespace ToyModels.Run;

/// <summary>Finds the repository root (the folder holding ClaimCheck.sln) from the working directory upwards.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (DirectoryInfo? folder = new(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ClaimCheck.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("run this from inside the repository: no ClaimCheck.sln above the working directory");
    }
}
